import { render, screen } from '@testing-library/react';
import { HopDetails } from './HopDetails';

describe('HopDetails', () => {
  it('gives the reason and the deciding object', () => {
    render(
      <HopDetails
        id="d"
        hop={{
          kind: 'policy',
          title: 'ingress does not allow entity ingress',
          verdict: 'broken',
          reason:
            'Only the platform namespace is allowed; the Gateway carries the ingress identity.',
          object: {
            kind: 'CiliumNetworkPolicy',
            namespace: 'svc-merchant',
            name: 'svc-merchant',
            source: 'gitops',
          },
        }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Policy details' });
    expect(region).toHaveTextContent('Broken');
    expect(region).toHaveTextContent(
      'the Gateway carries the ingress identity',
    );
    expect(region).toHaveTextContent(
      'CiliumNetworkPolicy svc-merchant/svc-merchant',
    );
  });

  it('says so when a hop is broken because its object is missing', () => {
    render(
      <HopDetails
        id="d"
        hop={{
          kind: 'tunnel',
          title: 'no rule for pay.localplus.io',
          verdict: 'broken',
          reason: "cloudflared's catch-all answers 404.",
        }}
      />,
    );
    expect(
      screen.getByRole('region', { name: 'Tunnel rule details' }),
    ).toHaveTextContent('no object');
  });
});
