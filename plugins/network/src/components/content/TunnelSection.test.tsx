import { render, screen, within } from '@testing-library/react';
import { svcLedgerView } from '../../testing/fixtures';
import { TunnelSection } from './TunnelSection';

function rows() {
  const region = screen.getByRole('region', { name: 'Tunnel' });
  const [, body] = within(region).getAllByRole('rowgroup');
  return within(body).getAllByRole('row');
}

describe('TunnelSection', () => {
  it('shows the rule position, match, destination and that it wins', () => {
    render(<TunnelSection rules={svcLedgerView.tunnelRules} />);
    const [rule] = rows();
    expect(rule).toHaveTextContent('#2');
    expect(rule).toHaveTextContent('api.localplus.io');
    expect(rule).toHaveTextContent('every path');
    expect(rule).toHaveTextContent(
      'https://cilium-gateway-public.platform.svc.cluster.local:443',
    );
    expect(rule).toHaveTextContent('Wins');
  });

  it('marks a shadowed rule with the rule that shadows it', () => {
    render(
      <TunnelSection
        rules={[
          {
            ...svcLedgerView.tunnelRules[0],
            position: 4,
            path: '^/v1/ledger/admin',
            wins: false,
            shadowedBy: 2,
          },
        ]}
      />,
    );
    const [rule] = rows();
    expect(rule).toHaveTextContent('path ~ ^/v1/ledger/admin');
    expect(rule).toHaveTextContent('Shadowed by #2');
  });

  it('says when no rule sends traffic here', () => {
    render(<TunnelSection rules={[]} />);
    expect(
      screen.getByText('No tunnel rule sends traffic to this service.'),
    ).toBeInTheDocument();
  });
});
