import { render, screen } from '@testing-library/react';
import { svcLedgerView } from '../../testing/fixtures';
import { ServicesSection } from './ServicesSection';

describe('ServicesSection', () => {
  it('shows the cluster name, ports and selector', () => {
    render(<ServicesSection services={svcLedgerView.services} />);
    const region = screen.getByRole('region', { name: 'Services' });
    expect(region).toHaveTextContent('svc-ledger.svc-ledger.svc.cluster.local');
    expect(region).toHaveTextContent(
      'TCP 8080 → http (http), TCP 50051 → grpc (grpc)',
    );
    expect(region).toHaveTextContent('app.kubernetes.io/name=svc-ledger');
  });

  it('says when no Service exists', () => {
    render(<ServicesSection services={[]} />);
    expect(
      screen.getByText("No Service selects this entity's pods."),
    ).toBeInTheDocument();
  });
});
