import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ExposureChain } from '@localplus/plugin-network-common';
import { svcLedgerView } from '../../testing/fixtures';
import { ChainPath } from './ChainPath';

const [publicChain, privateChain] = svcLedgerView.chains;

describe('ChainPath', () => {
  it('draws every hop in order, each with its verdict in words', () => {
    render(<ChainPath chain={publicChain} />);
    const hops = within(
      screen.getByRole('list', { name: 'Hops of api.localplus.io/v1/ledger' }),
    ).getAllByRole('button');
    expect(hops.map(h => h.getAttribute('aria-label')?.split(':')[0])).toEqual([
      'DNS',
      'Edge / Access',
      'Tunnel rule',
      'Gateway listener',
      'Route rule',
      'Service',
      'Policy',
    ]);
    expect(
      hops.every(h => h.getAttribute('aria-label')?.endsWith('(ok)')),
    ).toBe(true);
    // A healthy chain opens nothing by itself.
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('opens a hop on click to show the reason and the deciding object, and closes it again', () => {
    render(<ChainPath chain={publicChain} />);
    const tunnel = screen.getByRole('button', { name: /^Tunnel rule:/ });
    fireEvent.click(tunnel);
    expect(tunnel).toHaveAttribute('aria-expanded', 'true');
    const details = screen.getByRole('region', { name: 'Tunnel rule details' });
    expect(details).toHaveTextContent(
      'The first rule that matches api.localplus.io/v1/ledger',
    );
    expect(details).toHaveTextContent(
      'TunnelRule platform/cloudflared-config#2',
    );
    fireEvent.click(tunnel);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('opens the first hop that is not ok by itself', () => {
    render(<ChainPath chain={privateChain} />);
    expect(screen.getByRole('button', { name: /^Policy:/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(
      screen.getByRole('region', { name: 'Policy details' }),
    ).toHaveTextContent('see "Who may call me"');
  });

  it('marks a broken hop broken, in words and on the chain', () => {
    const blocked: ExposureChain = {
      entry: {
        kind: 'public-hostname',
        name: 'api.localplus.io',
        path: '/v1/merchant',
      },
      verdict: 'broken',
      hops: [
        { ...publicChain.hops[0] },
        {
          kind: 'policy',
          title: 'no ingress rule allows entity ingress',
          verdict: 'broken',
          reason:
            'The policy allows the platform namespace, but the Gateway carries the ingress identity.',
        },
      ],
    };
    render(<ChainPath chain={blocked} />);
    const chain = screen.getByRole('article', {
      name: 'Chain api.localplus.io/v1/merchant',
    });
    expect(within(chain).getAllByText('Broken')).toHaveLength(3);
    expect(
      screen.getByRole('button', { name: /^Policy:.*\(broken\)$/ }),
    ).toHaveAttribute('aria-expanded', 'true');
  });
});
