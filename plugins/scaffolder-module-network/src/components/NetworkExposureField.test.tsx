import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  FakeNetworkApi,
  LEDGER_ROUTE_TAKEN,
} from '../__testUtils__/FakeNetworkApi';
import { renderField } from '../__testUtils__/renderField';

const status = () => screen.getByRole('status', { name: 'Availability' });
const preview = () =>
  screen.getByRole('region', { name: 'What will be created' });

describe('NetworkExposureField, shared mode', () => {
  it('starts public under api.localplus.io/v1/<name>, checks it and previews the plan', async () => {
    const api = new FakeNetworkApi();
    const probe = renderField({ api, name: 'svc-shop' });

    expect(
      await screen.findByRole('radio', {
        name: /Public under api\.localplus\.io/,
      }),
    ).toBeChecked();
    expect(
      screen.getByRole('textbox', { name: 'Path prefix' }),
    ).toHaveAttribute('placeholder', '/v1/svc-shop');
    expect(
      await within(status()).findByText(
        'Free: api.localplus.io/v1/svc-shop and svc-shop.internal.localplus.io',
      ),
    ).toBeInTheDocument();
    expect(api.requests).toEqual([
      {
        entityRef: 'component:default/svc-shop',
        hostname: 'api.localplus.io',
        path: '/v1/svc-shop',
        dnsName: 'svc-shop.internal.localplus.io',
      },
    ]);
    expect(preview()).toHaveTextContent(
      'https://api.localplus.io/v1/svc-shop → Service svc-shop port 8080',
    );
    expect(preview()).toHaveTextContent(
      'default deny; allow the Gateway on 8080; allow Prometheus on 8080; allow its own namespace; egress to DNS',
    );
    expect(preview()).toHaveTextContent('svc-shop.internal.localplus.io');
    // the defaults and the plan are in the form data, as the action and the review will see them
    expect(probe.written.at(-1)).toMatchObject({
      exposure: { mode: 'shared' },
      ports: { http: 8080, grpc: 50051 },
      callers: [],
      callees: [],
      dataServices: [],
      networkPlan: [
        expect.stringMatching(
          /^Route: https:\/\/api\.localplus\.io\/v1\/svc-shop/,
        ),
        expect.stringMatching(/^Policy: default deny/),
        'DNS: svc-shop.internal.localplus.io (private, Route53)',
        expect.stringMatching(/^Tunnel: /),
      ],
    });
  });

  it('refuses a path of the example estate live, naming and linking its owner', async () => {
    const api = new FakeNetworkApi().answer(
      'api.localplus.io/v1/ledger',
      LEDGER_ROUTE_TAKEN,
    );
    const probe = renderField({ api, name: 'svc-shop' });
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Path prefix' }),
      '/v1/ledger',
    );

    const owner = await within(status()).findByRole('link', {
      name: 'svc-ledger',
    });
    expect(owner).toHaveAttribute(
      'href',
      '/catalog/default/component/svc-ledger',
    );
    expect(status()).toHaveTextContent('Taken by svc-ledger');
    expect(status()).toHaveTextContent(
      'api.localplus.io/v1/ledger is already routed by HTTPRoute svc-ledger/svc-ledger',
    );
    expect(probe.written.at(-1)).toMatchObject({
      exposure: { mode: 'shared', path: '/v1/ledger' },
    });
    expect(preview()).toHaveTextContent('https://api.localplus.io/v1/ledger →');
  });

  it('says what is wrong with a path before asking anyone', async () => {
    const api = new FakeNetworkApi();
    renderField({ api, name: 'svc-shop' });
    await within(status()).findByText(/^Free:/);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Path prefix' }),
      'v1/shop',
    );
    expect(
      await within(status()).findByText(
        'The path "v1/shop" must start with "/", e.g. "/v1/shop".',
      ),
    ).toBeInTheDocument();
    expect(api.requests.map(r => r.path)).toEqual(['/v1/svc-shop']);
  });

  it('waits for a name before checking anything', async () => {
    const api = new FakeNetworkApi();
    renderField({ api });
    expect(
      await within(status()).findByText(/Give the service a name first/),
    ).toBeInTheDocument();
    expect(preview()).toHaveTextContent('https://api.localplus.io/v1/<name>');
    expect(api.requests).toEqual([]);
  });
});
