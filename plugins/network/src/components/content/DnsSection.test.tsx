import { screen, within } from '@testing-library/react';
import { svcLedgerView } from '../../testing/fixtures';
import { renderInNetworkApp } from '../../__testUtils__/renderInNetworkApp';
import { DnsSection } from './DnsSection';

async function recordRows() {
  const region = await screen.findByRole('region', { name: 'DNS' });
  const [, body] = within(region).getAllByRole('rowgroup');
  return within(body).getAllByRole('row');
}

describe('DnsSection', () => {
  it('shows public and private records with type, value, delivery, zone and owner', async () => {
    renderInNetworkApp(<DnsSection records={svcLedgerView.dnsRecords} />);
    const [publicRecord, privateRecord] = await recordRows();
    expect(publicRecord).toHaveTextContent('api.localplus.io');
    expect(publicRecord).toHaveTextContent('CNAME');
    expect(publicRecord).toHaveTextContent(
      '6ff42ae2-765d-4adf-8112-31c55c1551ef.cfargotunnel.com',
    );
    expect(publicRecord).toHaveTextContent('proxied, TTL auto');
    expect(publicRecord).toHaveTextContent('localplus.io');
    expect(
      within(publicRecord).getByRole('link', { name: 'open in Cloudflare' }),
    ).toHaveAttribute(
      'href',
      'https://dash.cloudflare.com/?to=/:account/localplus.io/dns/records',
    );
    expect(
      within(publicRecord)
        .getAllByRole('link')
        .some(
          l =>
            l.getAttribute('href') === '/catalog/default/component/cloudflared',
        ),
    ).toBe(true);

    expect(privateRecord).toHaveTextContent('svc-ledger.internal.localplus.io');
    expect(privateRecord).toHaveTextContent('TTL 60 s');
    expect(privateRecord).toHaveTextContent('private');
  });

  it('warns about records nobody owns and shows external-dns owner ids raw', async () => {
    renderInNetworkApp(
      <DnsSection
        records={[
          {
            ...svcLedgerView.dnsRecords[0],
            owner: undefined,
            proxied: false,
            ttl: 300,
          },
          { ...svcLedgerView.dnsRecords[1], owner: 'default-external-dns' },
        ]}
      />,
    );
    const [orphan, foreign] = await recordRows();
    expect(orphan).toHaveTextContent('nobody we know');
    expect(orphan).toHaveTextContent('DNS only, TTL 300 s');
    expect(foreign).toHaveTextContent('default-external-dns');
    expect(within(foreign).queryByRole('link')).not.toBeInTheDocument();
  });
});
