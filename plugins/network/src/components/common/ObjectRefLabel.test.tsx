import { render, screen } from '@testing-library/react';
import { ObjectRefLabel } from './ObjectRefLabel';

describe('ObjectRefLabel', () => {
  it('names the object and the file it was read from', () => {
    render(
      <ObjectRefLabel
        object={{
          kind: 'CiliumNetworkPolicy',
          namespace: 'svc-merchant',
          name: 'svc-merchant',
          source: 'gitops',
          file: 'apps/svc-merchant/ciliumnetworkpolicy.yaml',
          line: 2,
        }}
      />,
    );
    expect(
      screen.getByText('CiliumNetworkPolicy svc-merchant/svc-merchant'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('(gitops apps/svc-merchant/ciliumnetworkpolicy.yaml:2)'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('links to the provider console when the backend built a link', () => {
    render(
      <ObjectRefLabel
        object={{
          kind: 'DNSRecord',
          name: 'pay.localplus.io',
          source: 'cloudflare',
          url: 'https://dash.cloudflare.com/abc/localplus.io/dns/records',
        }}
      />,
    );
    expect(
      screen.getByRole('link', { name: 'open in console' }),
    ).toHaveAttribute(
      'href',
      'https://dash.cloudflare.com/abc/localplus.io/dns/records',
    );
  });
});
