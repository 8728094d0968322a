import { fireEvent, render, screen, within } from '@testing-library/react';
import { largeView, svcLedgerView } from '../../testing/fixtures';
import { PoliciesSection } from './PoliciesSection';

function rows() {
  const region = screen.getByRole('region', { name: 'Policies' });
  const [, body] = within(region).getAllByRole('rowgroup');
  return within(body).getAllByRole('row');
}

describe('PoliciesSection', () => {
  it('names each policy with its default deny and lists its rules', () => {
    render(<PoliciesSection policies={svcLedgerView.policies} />);
    const region = screen.getByRole('region', { name: 'Policies' });
    expect(region).toHaveTextContent('9 rules');
    expect(region).toHaveTextContent('default deny in both directions');
    expect(rows()[0]).toHaveTextContent(
      'ingress[0]allow from entity ingress to TCP 8080,50051',
    );
  });

  it('keeps 500 rules usable: 25 per page, the next page on request', () => {
    render(<PoliciesSection policies={largeView(500).policies} />);
    expect(screen.getByRole('region', { name: 'Policies' })).toHaveTextContent(
      '500 rules',
    );
    expect(rows()).toHaveLength(25);
    fireEvent.click(screen.getByRole('button', { name: /next/i }));
    expect(rows()[0]).toHaveTextContent('ingress[25]');
  });

  it('says when nothing restricts traffic', () => {
    render(<PoliciesSection policies={[]} />);
    expect(
      screen.getByText(/nothing restricts its traffic/),
    ).toBeInTheDocument();
  });
});
