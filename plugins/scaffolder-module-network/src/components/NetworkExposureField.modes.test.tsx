import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  FakeNetworkApi,
  SHADOWED_BY_TUNNEL_RULE,
} from '../__testUtils__/FakeNetworkApi';
import { renderField } from '../__testUtils__/renderField';

const status = () => screen.getByRole('status', { name: 'Availability' });
const preview = () =>
  screen.getByRole('region', { name: 'What will be created' });

describe('NetworkExposureField, own hostname', () => {
  it('asks for the hostname in the action’s words, then checks it at /', async () => {
    const api = new FakeNetworkApi();
    const probe = renderField({ api, name: 'svc-shop' });
    await userEvent.click(
      await screen.findByRole('radio', { name: /Public on its own hostname/ }),
    );
    expect(
      await within(status()).findByText(
        'An own public hostname needs exposure.hostname.',
      ),
    ).toBeInTheDocument();

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Public hostname' }),
      'shop.localplus.io',
    );
    expect(
      await within(status()).findByText(
        'Free: shop.localplus.io and svc-shop.internal.localplus.io',
      ),
    ).toBeInTheDocument();
    expect(api.requests.at(-1)).toEqual({
      entityRef: 'component:default/svc-shop',
      hostname: 'shop.localplus.io',
      path: '/',
      dnsName: 'svc-shop.internal.localplus.io',
    });
    expect(probe.written.at(-1)).toMatchObject({
      exposure: { mode: 'own', hostname: 'shop.localplus.io' },
    });
    expect(preview()).toHaveTextContent(
      'new rule shop.localplus.io → the Gateway, ahead of the catch-all',
    );
    expect(preview()).toHaveTextContent(
      'shop.localplus.io (public CNAME to the Cloudflare Tunnel)',
    );
  });

  it('takes a path prefix on its own hostname', async () => {
    const api = new FakeNetworkApi();
    const probe = renderField({
      api,
      name: 'svc-shop',
      initial: { exposure: { mode: 'own', hostname: 'shop.localplus.io' } },
    });
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Path prefix' }),
      '/api',
    );
    expect(
      await within(status()).findByText(/^Free: shop\.localplus\.io\/api/),
    ).toBeInTheDocument();
    expect(probe.written.at(-1)).toMatchObject({
      exposure: { mode: 'own', hostname: 'shop.localplus.io', path: '/api' },
    });
  });

  it('refuses a hostname an existing tunnel rule would shadow', async () => {
    const api = new FakeNetworkApi().answer(
      'pay.localplus.io/',
      SHADOWED_BY_TUNNEL_RULE,
    );
    renderField({
      api,
      name: 'svc-shop',
      initial: { exposure: { mode: 'own', hostname: 'pay.localplus.io' } },
    });
    expect(
      await within(status()).findByText(
        /^Shadowed by an existing tunnel rule \(TunnelRule 6ff42ae2#2\)/,
      ),
    ).toBeInTheDocument();
    expect(status()).toHaveTextContent('would be shadowed by rule #2');
  });
});

describe('NetworkExposureField, internal only', () => {
  it('has no path, checks only the private name and plans no route or tunnel', async () => {
    const api = new FakeNetworkApi();
    const probe = renderField({ api, name: 'svc-shop' });
    await userEvent.click(
      await screen.findByRole('radio', { name: /Internal only/ }),
    );
    expect(
      screen.queryByRole('textbox', { name: 'Path prefix' }),
    ).not.toBeInTheDocument();
    expect(
      await within(status()).findByText('Free: svc-shop.internal.localplus.io'),
    ).toBeInTheDocument();
    expect(api.requests.at(-1)).toEqual({
      entityRef: 'component:default/svc-shop',
      dnsName: 'svc-shop.internal.localplus.io',
    });
    expect(preview()).toHaveTextContent(
      'none: internal only, nothing on the shared Gateway',
    );
    expect(preview()).toHaveTextContent(
      'none: not reachable from the Internet',
    );
    expect(preview()).not.toHaveTextContent('allow the Gateway');
    expect(probe.written.at(-1)).toMatchObject({
      exposure: { mode: 'internal' },
    });
  });

  it('forgets the path of the previous mode', async () => {
    const probe = renderField({
      api: new FakeNetworkApi(),
      name: 'svc-shop',
      initial: { exposure: { mode: 'shared', path: '/v1/shop' } },
    });
    await userEvent.click(
      await screen.findByRole('radio', { name: /Public on its own hostname/ }),
    );
    expect(probe.written.at(-1)?.exposure).toEqual({ mode: 'own' });
  });
});
