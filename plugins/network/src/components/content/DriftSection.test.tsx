import { render, screen, within } from '@testing-library/react';
import { svcLedgerView } from '../../testing/fixtures';
import { DriftSection } from './DriftSection';

describe('DriftSection', () => {
  it('marks drift per object, with the differing fields', () => {
    render(
      <DriftSection
        drift={[
          {
            ...svcLedgerView.drift[0],
            status: 'drifted',
            differences: ['spec.rules[0].backendRefs[0].port'],
          },
          { ...svcLedgerView.drift[1], status: 'in-sync' },
        ]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Declared vs live' });
    const [, body] = within(region).getAllByRole('rowgroup');
    const [route, policy] = within(body).getAllByRole('row');
    expect(route).toHaveTextContent('HTTPRoute svc-ledger/svc-ledger');
    expect(route).toHaveTextContent('Drifted');
    expect(route).toHaveTextContent('spec.rules[0].backendRefs[0].port');
    expect(policy).toHaveTextContent('In sync');
    expect(region).not.toHaveTextContent('cannot be measured');
  });

  it('explains that drift needs a live source when only GitOps is read', () => {
    render(<DriftSection drift={svcLedgerView.drift} />);
    expect(
      screen.getByRole('region', { name: 'Declared vs live' }),
    ).toHaveTextContent(
      'No live source is configured, so drift cannot be measured',
    );
  });
});
