import { fireEvent, screen } from '@testing-library/react';
import { FakeNetworkApi } from '../../testing/fakeNetworkApi';
import { svcLedgerView } from '../../testing/fixtures';
import { renderInNetworkApp } from '../../__testUtils__/renderInNetworkApp';
import { NetworkOverviewCard } from './NetworkOverviewCard';

describe('NetworkOverviewCard', () => {
  it('shows clickable public URLs, private names, finding counts and a link to the tab', async () => {
    renderInNetworkApp(<NetworkOverviewCard />, {
      api: new FakeNetworkApi([svcLedgerView]),
    });
    const url = await screen.findByRole('link', {
      name: 'https://api.localplus.io/v1/ledger',
    });
    expect(url).toHaveAttribute('href', 'https://api.localplus.io/v1/ledger');
    expect(screen.getByLabelText('Private names')).toHaveTextContent(
      'svc-ledger.internal.localplus.io',
    );
    expect(screen.getByLabelText('Findings')).toHaveTextContent('1 info');
    expect(
      screen.getByRole('link', { name: 'Open the Network tab' }),
    ).toHaveAttribute('href', '/catalog/default/component/svc-ledger/network');
  });

  it('says none for a service without public URL or private name, and no findings', async () => {
    renderInNetworkApp(<NetworkOverviewCard />, {
      api: new FakeNetworkApi([
        {
          ...svcLedgerView,
          chains: [],
          names: { public: [], private: [], cluster: [] },
          findings: [],
        },
      ]),
    });
    expect(await screen.findByText('No findings')).toBeInTheDocument();
    expect(screen.getByLabelText('Public URLs')).toHaveTextContent('none');
    expect(screen.getByLabelText('Private names')).toHaveTextContent('none');
  });

  it('shows a placeholder while loading', async () => {
    renderInNetworkApp(<NetworkOverviewCard />, {
      api: new FakeNetworkApi().hang(),
    });
    expect(
      await screen.findByLabelText('Loading network data'),
    ).toBeInTheDocument();
  });

  it('shows the failure and retries', async () => {
    const api = new FakeNetworkApi([svcLedgerView]).failNext(
      new Error('backend down'),
    );
    renderInNetworkApp(<NetworkOverviewCard />, { api });
    expect(await screen.findByText('backend down')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('link', {
        name: 'https://api.localplus.io/v1/ledger',
      }),
    ).toBeInTheDocument();
  });
});
