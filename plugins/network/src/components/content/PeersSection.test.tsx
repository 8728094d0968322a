import { screen, within } from '@testing-library/react';
import { largeView, svcLedgerView } from '../../testing/fixtures';
import { renderInNetworkApp } from '../../__testUtils__/renderInNetworkApp';
import { PeersSection } from './PeersSection';

function rowsOf(region: HTMLElement) {
  const [, body] = within(region).getAllByRole('rowgroup');
  return within(body).getAllByRole('row');
}

describe('PeersSection', () => {
  it('lists callers as catalog links with ports and the allowing rule', async () => {
    renderInNetworkApp(
      <PeersSection
        direction="callers"
        peers={svcLedgerView.callers}
        openTo={svcLedgerView.openTo}
      />,
    );
    const region = await screen.findByRole('region', {
      name: 'Who may call me',
    });
    expect(region).toHaveTextContent('3 peers');
    const rows = rowsOf(region);
    expect(rows).toHaveLength(3);
    const payment = rows[1];
    expect(within(payment).getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/component/svc-payment',
    );
    expect(payment).toHaveTextContent('svc-payment/svc-payment[Deployment]');
    expect(payment).toHaveTextContent('TCP 50051');
    expect(payment).toHaveTextContent('Allowed');
    expect(payment).toHaveTextContent(
      'CiliumNetworkPolicy svc-ledger/svc-ledger ingress[2]',
    );
  });

  it('shows raw peers (CIDRs, workloads without an entity) as written', async () => {
    renderInNetworkApp(
      <PeersSection direction="callees" peers={svcLedgerView.callees} />,
    );
    const region = await screen.findByRole('region', {
      name: 'Whom may I call',
    });
    const cidr = rowsOf(region)[2];
    expect(within(cidr).queryByRole('link')).not.toBeInTheDocument();
    expect(cidr).toHaveTextContent('10.100.0.0-10.100.255.255');
    expect(cidr).toHaveTextContent('TCP 5432,6379,9092');
  });

  it('explains unknown verdicts and warns when a direction is open', async () => {
    renderInNetworkApp(
      <PeersSection
        direction="callers"
        openTo={{ world: true, cluster: false }}
        peers={[
          {
            peer: 'fqdn:*.aiven.io',
            peerKind: 'fqdn',
            ports: 'TCP 443',
            verdict: 'unknown',
            allowedBy: ['CiliumNetworkPolicy a/b egress[3]'],
            unknown: ['FQDN rules are resolved at runtime by the DNS proxy.'],
          },
        ]}
      />,
    );
    const region = await screen.findByRole('region', {
      name: 'Who may call me',
    });
    expect(region).toHaveTextContent('1 peer, 1 unknown');
    expect(region).toHaveTextContent(
      'anyone on the internet (world) may connect',
    );
    expect(region).toHaveTextContent(
      'FQDN rules are resolved at runtime by the DNS proxy.',
    );
  });

  it('pages 500 callers', async () => {
    renderInNetworkApp(
      <PeersSection direction="callers" peers={largeView(500).callers} />,
    );
    const region = await screen.findByRole('region', {
      name: 'Who may call me',
    });
    expect(region).toHaveTextContent('500 peers');
    expect(rowsOf(region)).toHaveLength(25);
  });

  it('says when no policy allows anyone', async () => {
    renderInNetworkApp(<PeersSection direction="callees" peers={[]} />);
    expect(
      await screen.findByText('No policy allows any destination.'),
    ).toBeInTheDocument();
  });
});
