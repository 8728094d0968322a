import { render, screen, within } from '@testing-library/react';
import type { Finding } from '@localplus/plugin-network-common';
import { svcLedgerView } from '../../testing/fixtures';
import { FindingsSection } from './FindingsSection';

const blocked: Finding = {
  id: 'gateway-blocked-by-policy:svc-merchant',
  check: 'gateway-blocked-by-policy',
  severity: 'error',
  message:
    'The Gateway cannot reach svc-merchant: no ingress rule allows entity ingress.',
  objects: [
    {
      kind: 'CiliumNetworkPolicy',
      namespace: 'svc-merchant',
      name: 'svc-merchant',
      source: 'gitops',
    },
    {
      kind: 'HTTPRoute',
      namespace: 'svc-merchant',
      name: 'svc-merchant',
      source: 'gitops',
    },
  ],
  fixHint: 'Allow fromEntities: [ingress] on port 8080.',
  entityRefs: ['component:default/svc-merchant'],
};

describe('FindingsSection', () => {
  it('lists findings worst first with severity, message, objects and fix', () => {
    render(<FindingsSection findings={[...svcLedgerView.findings, blocked]} />);
    const region = screen.getByRole('region', { name: 'Findings' });
    const [, body] = within(region).getAllByRole('rowgroup');
    const [first, second] = within(body).getAllByRole('row');
    expect(first).toHaveTextContent('Error');
    expect(first).toHaveTextContent('The Gateway cannot reach svc-merchant');
    expect(first).toHaveTextContent('gateway-blocked-by-policy');
    expect(first).toHaveTextContent(
      'CiliumNetworkPolicy svc-merchant/svc-merchant',
    );
    expect(first).toHaveTextContent('HTTPRoute svc-merchant/svc-merchant');
    expect(first).toHaveTextContent(
      'Allow fromEntities: [ingress] on port 8080.',
    );
    expect(second).toHaveTextContent('Info');
  });

  it('says when every check passed', () => {
    render(<FindingsSection findings={[]} />);
    expect(
      screen.getByText('No findings: every check passed.'),
    ).toBeInTheDocument();
  });
});
