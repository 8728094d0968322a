import { render, screen } from '@testing-library/react';
import { svcLedgerView } from '../../testing/fixtures';
import { ExposureChains } from './ExposureChains';

describe('ExposureChains', () => {
  it('draws one chain per public hostname and per private name', () => {
    render(<ExposureChains chains={svcLedgerView.chains} />);
    const region = screen.getByRole('region', {
      name: 'How traffic reaches me',
    });
    expect(region).toHaveTextContent('2 chains');
    expect(
      screen.getByRole('article', { name: 'Chain api.localplus.io/v1/ledger' }),
    ).toHaveTextContent('Public hostname');
    expect(
      screen.getByRole('article', {
        name: 'Chain svc-ledger.internal.localplus.io',
      }),
    ).toHaveTextContent('Private name');
  });

  it('says when nothing leads to the service', () => {
    render(<ExposureChains chains={[]} />);
    expect(
      screen.getByText(
        'No public hostname or private name leads to this service.',
      ),
    ).toBeInTheDocument();
  });
});
