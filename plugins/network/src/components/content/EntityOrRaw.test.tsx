import { screen } from '@testing-library/react';
import { renderInNetworkApp } from '../../__testUtils__/renderInNetworkApp';
import { EntityOrRaw, looksLikeEntityRef } from './EntityOrRaw';

describe('looksLikeEntityRef', () => {
  it('tells entity refs from owner ids and selectors', () => {
    expect(looksLikeEntityRef('component:default/svc-ledger')).toBe(true);
    expect(looksLikeEntityRef('component:svc-ledger')).toBe(true);
    expect(looksLikeEntityRef('default-external-dns')).toBe(false);
    expect(looksLikeEntityRef('svc-payment/svc-payment[Deployment]')).toBe(
      false,
    );
    expect(looksLikeEntityRef('entity:ingress (reserved)')).toBe(false);
  });
});

describe('EntityOrRaw', () => {
  it('links resolved peers to the catalog and keeps the raw peer beside', async () => {
    renderInNetworkApp(
      <EntityOrRaw
        entityRef="component:default/svc-wallet"
        raw="svc-wallet/svc-wallet[Deployment]"
      />,
    );
    expect(await screen.findByRole('link')).toHaveAttribute(
      'href',
      '/catalog/default/component/svc-wallet',
    );
    expect(
      screen.getByText('svc-wallet/svc-wallet[Deployment]'),
    ).toBeInTheDocument();
  });

  it('shows unresolved peers as written, without a link', async () => {
    renderInNetworkApp(<EntityOrRaw raw="10.100.0.0-10.100.255.255" />);
    expect(
      await screen.findByText('10.100.0.0-10.100.255.255'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
