import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AvailabilityResult } from '@localplus/plugin-network-common';
import {
  FakeNetworkApi,
  LEDGER_ROUTE_TAKEN,
  OUTSIDE_ZONES,
} from '../__testUtils__/FakeNetworkApi';
import { renderField } from '../__testUtils__/renderField';

const status = () => screen.getByRole('status', { name: 'Availability' });

describe('NetworkExposureField, live availability', () => {
  it('shows the check while the backend has not answered', async () => {
    renderField({
      api: new FakeNetworkApi().otherwise('hang'),
      name: 'svc-shop',
    });
    expect(
      await within(status()).findByText(
        'Checking api.localplus.io/v1/svc-shop and svc-shop.internal.localplus.io…',
      ),
    ).toBeInTheDocument();
  });

  it('passes on the backend’s "outside the allowed zones"', async () => {
    // the template allows a zone the backend does not serve
    const api = new FakeNetworkApi().answer('shop.example.com/', OUTSIDE_ZONES);
    renderField({
      api,
      name: 'svc-shop',
      uiOptions: { publicZones: ['localplus.io', 'example.com'] },
      initial: { exposure: { mode: 'own', hostname: 'shop.example.com' } },
    });
    expect(
      await within(status()).findByText('Outside the allowed zones'),
    ).toBeInTheDocument();
    expect(status()).toHaveTextContent(
      'shop.example.com is outside the public zones (localplus.io)',
    );
  });

  it('says the backend is unreachable, never "free", and checks again on request', async () => {
    const api = new FakeNetworkApi().otherwise(new Error('Failed to fetch'));
    renderField({ api, name: 'svc-shop' });
    expect(
      await within(status()).findByText(
        'Network backend unreachable: api.localplus.io/v1/svc-shop and svc-shop.internal.localplus.io is not confirmed free',
      ),
    ).toBeInTheDocument();
    expect(status()).toHaveTextContent(
      'Could not check availability with the network backend: Failed to fetch',
    );
    expect(status()).not.toHaveTextContent('Free');

    api.otherwise({ available: true, conflicts: [] });
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await within(status()).findByText(/^Free: /)).toBeInTheDocument();
    expect(api.requests).toHaveLength(2);
  });

  it('says so when the app has no network API at all', async () => {
    renderField({ name: 'svc-shop' });
    expect(
      await within(status()).findByText(/^Network backend unreachable/),
    ).toBeInTheDocument();
    expect(status()).toHaveTextContent(
      'the network API is not installed in this app',
    );
  });

  it('never lets a late answer about an old path overwrite the current one', async () => {
    let answerLedger: (result: AvailabilityResult) => void = () => {};
    const api = new FakeNetworkApi().answer(
      'api.localplus.io/v1/ledger',
      new Promise<AvailabilityResult>(resolve => {
        answerLedger = resolve;
      }),
    );
    renderField({
      api,
      name: 'svc-shop',
      initial: { exposure: { mode: 'shared', path: '/v1/ledger' } },
    });
    const path = await screen.findByRole('textbox', { name: 'Path prefix' });
    await within(status()).findByText(
      /^Checking api\.localplus\.io\/v1\/ledger/,
    );
    // the first question is out; the developer moves on to a free path
    await waitFor(() => expect(api.requests).toHaveLength(1));
    await userEvent.clear(path);
    await userEvent.type(path, '/v1/shop');
    await within(status()).findByText(/^Free: api\.localplus\.io\/v1\/shop/);

    await act(async () => answerLedger(LEDGER_ROUTE_TAKEN));
    expect(status()).toHaveTextContent('Free: api.localplus.io/v1/shop');
    expect(status()).not.toHaveTextContent('Taken');
  });
});

describe('NetworkExposureField, debouncing', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks once typing pauses, about what was typed last', async () => {
    const api = new FakeNetworkApi();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderField({ api, name: 'svc-shop' });
    const path = await screen.findByRole('textbox', { name: 'Path prefix' });
    await user.type(path, '/v1/shop');
    expect(api.requests).toEqual([]);

    await act(async () => {
      jest.advanceTimersByTime(300);
    });
    expect(api.requests.map(r => r.path)).toEqual(['/v1/shop']);
  });

  it('asks at once on Enter, without submitting the step', async () => {
    const api = new FakeNetworkApi();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const probe = renderField({ api, name: 'svc-shop' });
    const path = await screen.findByRole('textbox', { name: 'Path prefix' });
    await user.type(path, '/v1/shop{Enter}');
    expect(api.requests.map(r => r.path)).toEqual(['/v1/shop']);
    expect(probe.submits).toBe(0);
  });
});
