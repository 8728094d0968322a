import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeNetworkApi } from '../__testUtils__/FakeNetworkApi';
import { renderField } from '../__testUtils__/renderField';

const preview = () =>
  screen.getByRole('region', { name: 'What will be created' });
const ports = () => screen.getByRole('region', { name: 'Ports' });

describe('NetworkExposureField, ports', () => {
  it('defaults to HTTP 8080 and gRPC 50051, written without digit grouping', async () => {
    renderField({ api: new FakeNetworkApi(), name: 'svc-shop' });
    expect(
      await screen.findByRole('textbox', { name: 'HTTP port' }),
    ).toHaveValue('8080');
    expect(screen.getByRole('textbox', { name: 'gRPC port' })).toHaveValue(
      '50051',
    );
    expect(screen.getByRole('textbox', { name: 'Metrics port' })).toHaveValue(
      '',
    );
  });

  it('drops gRPC when its box is emptied and scrapes metrics where asked', async () => {
    const probe = renderField({ api: new FakeNetworkApi(), name: 'svc-shop' });
    await userEvent.clear(
      await screen.findByRole('textbox', { name: 'gRPC port' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Metrics port' }),
      '9102',
    );
    await userEvent.tab();
    expect(probe.written.at(-1)).toMatchObject({
      ports: { http: 8080 },
      metricsPort: 9102,
    });
    expect(probe.written.at(-1)?.ports).not.toHaveProperty('grpc');
    expect(preview()).toHaveTextContent('allow Prometheus on 9102');
  });

  it('refuses a port out of range in the action’s words', async () => {
    renderField({ api: new FakeNetworkApi(), name: 'svc-shop' });
    const http = await screen.findByRole('textbox', { name: 'HTTP port' });
    await userEvent.clear(http);
    await userEvent.type(http, '70000');
    await userEvent.tab();
    expect(
      within(ports()).getByText(
        'The HTTP port 70000 is out of range; ports go from 1 to 65535.',
      ),
    ).toBeInTheDocument();
  });
});

describe('NetworkExposureField, callers and callees', () => {
  it('offers only components with network data and writes entity refs', async () => {
    const probe = renderField({ api: new FakeNetworkApi(), name: 'svc-shop' });
    await userEvent.click(
      await screen.findByRole('button', { name: /Callers/ }),
    );
    const listbox = await screen.findByRole('listbox');
    expect(
      within(listbox)
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual([
      expect.stringContaining('svc-ledger'),
      expect.stringContaining('svc-wallet'),
    ]);
    await userEvent.click(
      within(listbox).getByRole('option', { name: /svc-ledger/ }),
    );
    await userEvent.keyboard('{Escape}');

    expect(probe.written.at(-1)).toMatchObject({
      callers: ['component:default/svc-ledger'],
      callees: [],
    });
    expect(preview()).toHaveTextContent('allow svc-ledger on 8080, 50051');
  });

  it('keeps a chosen callee the catalog no longer lists', async () => {
    renderField({
      api: new FakeNetworkApi(),
      name: 'svc-shop',
      initial: {
        exposure: { mode: 'shared' },
        callees: ['component:default/svc-gone'],
      },
    });
    expect(
      await screen.findByRole('region', { name: 'What will be created' }),
    ).toHaveTextContent('egress to DNS, svc-gone on 8080, 50051');
    await userEvent.click(screen.getByRole('button', { name: /Callees/ }));
    expect(
      await screen.findByRole('option', { name: /svc-gone/ }),
    ).toBeInTheDocument();
  });
});

describe('NetworkExposureField, data services', () => {
  it('opens egress to the chosen data services through the peering', async () => {
    const probe = renderField({ api: new FakeNetworkApi(), name: 'svc-shop' });
    await userEvent.click(
      await screen.findByRole('checkbox', { name: /PostgreSQL/ }),
    );
    await userEvent.click(screen.getByRole('checkbox', { name: /Kafka/ }));
    expect(probe.written.at(-1)).toMatchObject({
      dataServices: ['postgresql', 'kafka'],
    });
    expect(preview()).toHaveTextContent(
      'PostgreSQL 5432 and Kafka 9092 via 10.100.0.0/16',
    );
  });
});

describe('NetworkExposureField, refusals from the form’s validation', () => {
  it('shows the errors the scaffolder attached to the step’s exposure property', async () => {
    renderField({
      api: new FakeNetworkApi(),
      name: 'svc-shop',
      errorSchema: {
        exposure: {
          __errors: [
            'api.localplus.io/v1/ledger is already routed (HTTPRoute svc-ledger/svc-ledger, owned by component:default/svc-ledger)',
          ],
        },
      },
    });
    expect(
      await screen.findByRole('alert', { name: 'Refused' }),
    ).toHaveTextContent('owned by component:default/svc-ledger');
  });
});
