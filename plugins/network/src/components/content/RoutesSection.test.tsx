import { render, screen, within } from '@testing-library/react';
import type { RouteView } from '@localplus/plugin-network-common';
import { svcLedgerView } from '../../testing/fixtures';
import { RoutesSection } from './RoutesSection';

describe('RoutesSection', () => {
  it('shows hostnames, matches, backends and the parent Gateway', () => {
    render(<RoutesSection routes={svcLedgerView.routes} />);
    const region = screen.getByRole('region', { name: 'Routes' });
    const [, body] = within(region).getAllByRole('rowgroup');
    const [row] = within(body).getAllByRole('row');
    expect(row).toHaveTextContent('HTTPRoute svc-ledger/svc-ledger');
    expect(row).toHaveTextContent('api.localplus.io');
    expect(row).toHaveTextContent('PathPrefix /v1/ledger → svc-ledger:8080');
    expect(row).toHaveTextContent('platform/public https');
    expect(row).toHaveTextContent('OK');
    expect(row).toHaveTextContent('no live status');
  });

  it('flags missing backends, ignored hostnames and failing conditions', () => {
    const route: RouteView = {
      ...svcLedgerView.routes[0],
      declaredHostnames: ['api.localplus.io', 'api.example.com'],
      rules: [
        {
          index: 0,
          matches: [
            { method: 'GET', path: { type: 'Exact', value: '/healthz' } },
          ],
          backends: [
            {
              kind: 'Service',
              namespace: 'svc-ledger',
              name: 'svc-ledgr',
              port: 8080,
              resolved: false,
            },
          ],
        },
      ],
      conditions: [
        {
          type: 'ResolvedRefs',
          status: 'False',
          reason: 'BackendNotFound',
          message: 'svc-ledgr not found',
        },
      ],
    };
    render(<RoutesSection routes={[route]} />);
    const region = screen.getByRole('region', { name: 'Routes' });
    expect(region).toHaveTextContent(
      'api.example.com (no listener accepts it)',
    );
    expect(region).toHaveTextContent(
      'GET Exact /healthz → svc-ledgr:8080 missing',
    );
    expect(region).toHaveTextContent(
      'ResolvedRefs=False (BackendNotFound): svc-ledgr not found',
    );
  });

  it('says when no route exists', () => {
    render(<RoutesSection routes={[]} />);
    expect(
      screen.getByText('No HTTPRoute sends traffic to this service.'),
    ).toBeInTheDocument();
  });
});
