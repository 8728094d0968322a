import type { ApiHolder, ApiRef } from '@backstage/core-plugin-api';
import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import { networkApiRef } from '@localplus/plugin-network';
import {
  FakeNetworkApi,
  LEDGER_ROUTE_TAKEN,
} from '../__testUtils__/FakeNetworkApi';
import { validateNetworkExposure } from './validation';

/** An app's API holder with only the network API, or none. */
function apisWith(api?: FakeNetworkApi): ApiHolder {
  return {
    get: <T>(ref: ApiRef<T>) =>
      (api && ref.id === networkApiRef.id ? api : undefined) as T | undefined,
  };
}

async function validate(
  formData: Record<string, unknown>,
  options: { api?: FakeNetworkApi; value?: unknown } = {},
): Promise<string[]> {
  const validation = createFieldValidation();
  await validateNetworkExposure(
    (options.value ?? formData) as never,
    validation,
    {
      apiHolder: apisWith(options.api),
      formData: formData as never,
      schema: {},
    },
  );
  return validation.__errors ?? [];
}

describe('validateNetworkExposure', () => {
  it('passes a free shared path after asking the index as the new component', async () => {
    const api = new FakeNetworkApi();
    expect(
      await validate(
        { name: 'svc-shop', exposure: { mode: 'shared' } },
        { api },
      ),
    ).toEqual([]);
    expect(api.requests).toEqual([
      {
        entityRef: 'component:default/svc-shop',
        hostname: 'api.localplus.io',
        path: '/v1/svc-shop',
        dnsName: 'svc-shop.internal.localplus.io',
      },
    ]);
  });

  it('refuses a taken path with the message the action would fail with', async () => {
    const api = new FakeNetworkApi().answer(
      'api.localplus.io/v1/ledger',
      LEDGER_ROUTE_TAKEN,
    );
    expect(
      await validate(
        { name: 'svc-shop', exposure: { mode: 'shared', path: '/v1/ledger' } },
        { api },
      ),
    ).toEqual([
      'api.localplus.io/v1/ledger is already routed by HTTPRoute svc-ledger/svc-ledger (PathPrefix /v1/ledger on api.localplus.io) (HTTPRoute svc-ledger/svc-ledger, owned by component:default/svc-ledger)',
    ]);
  });

  it('reads the whole step when the scaffolder hands it the exposure property', async () => {
    const api = new FakeNetworkApi();
    const formData = {
      name: 'svc-shop',
      exposure: { mode: 'own' },
      ports: { http: 0 },
    };
    expect(await validate(formData, { api, value: formData.exposure })).toEqual(
      [
        'An own public hostname needs exposure.hostname.',
        'The HTTP port 0 is out of range; ports go from 1 to 65535.',
      ],
    );
    // nothing the action would refuse is worth asking about
    expect(api.requests).toEqual([]);
  });

  it('refuses without a service name, in the action’s words', async () => {
    expect(await validate({ exposure: { mode: 'shared' } })).toEqual([
      'The service name is empty.',
    ]);
  });

  it('fails closed when the index cannot answer or is not installed', async () => {
    const down = new FakeNetworkApi().otherwise(new Error('HTTP 503'));
    expect(
      await validate(
        { name: 'svc-shop', exposure: { mode: 'internal' } },
        {
          api: down,
        },
      ),
    ).toEqual([
      'Could not check availability with the network backend: HTTP 503',
    ]);
    expect(
      await validate({ name: 'svc-shop', exposure: { mode: 'internal' } }),
    ).toEqual([
      'Could not check availability with the network backend: the network API is not installed in this app',
    ]);
  });
});
