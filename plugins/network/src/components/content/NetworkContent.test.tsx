import { fireEvent, screen, within } from '@testing-library/react';
import { ResponseError } from '@backstage/errors';
import { FakeNetworkApi } from '../../testing/fakeNetworkApi';
import {
  emptyView,
  largeView,
  svcLedgerEntity,
  svcLedgerView,
} from '../../testing/fixtures';
import { renderInNetworkApp } from '../../__testUtils__/renderInNetworkApp';
import { NetworkContent } from './NetworkContent';

describe('NetworkContent', () => {
  it('shows skeletons while the view loads', async () => {
    renderInNetworkApp(<NetworkContent />, {
      api: new FakeNetworkApi().hang(),
    });
    expect(
      await screen.findByLabelText('Loading network data'),
    ).toBeInTheDocument();
  });

  it('answers the five questions for svc-ledger, top to bottom', async () => {
    renderInNetworkApp(<NetworkContent />, {
      api: new FakeNetworkApi([svcLedgerView]),
    });
    const chain = await screen.findByRole('article', {
      name: 'Chain api.localplus.io/v1/ledger',
    });
    expect(within(chain).getAllByRole('button')).toHaveLength(7);
    expect(screen.getByLabelText('Summary')).toHaveTextContent('Public');

    // Sections are the regions named by a heading; hop details are named by aria-label.
    const titles = screen
      .getAllByRole('region')
      .map(r => r.getAttribute('aria-labelledby'))
      .filter(id => id !== null)
      .map(id => document.getElementById(id)?.textContent);
    expect(titles).toEqual([
      'How traffic reaches me',
      'Findings',
      'Who may call me',
      'Whom may I call',
      'DNS',
      'Routes',
      'Tunnel',
      'Services',
      'Policies',
      'Declared vs live',
    ]);
    const callers = screen.getByRole('region', { name: 'Who may call me' });
    for (const name of ['cilium-gateway', 'svc-payment', 'prometheus']) {
      expect(
        within(callers)
          .getAllByRole('link')
          .some(
            l =>
              l.getAttribute('href') === `/catalog/default/component/${name}`,
          ),
      ).toBe(true);
    }
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks the backend for the entity on the page', async () => {
    const api = new FakeNetworkApi([
      { ...svcLedgerView, entityRef: 'component:default/svc-ledger' },
    ]);
    renderInNetworkApp(<NetworkContent />, { api, entity: svcLedgerEntity });
    await screen.findByRole('article', {
      name: 'Chain api.localplus.io/v1/ledger',
    });
    expect(api.calls).toBe(1);
  });

  it('keeps showing the data when one source fails, naming the source', async () => {
    const partial = {
      ...svcLedgerView,
      sources: [
        ...svcLedgerView.sources.filter(s => s.sourceId !== 'cloudflare'),
        {
          sourceId: 'cloudflare',
          state: 'live' as const,
          status: 'error' as const,
          lastError: 'Cloudflare answered 429 Too Many Requests.',
        },
      ],
    };
    renderInNetworkApp(<NetworkContent />, {
      api: new FakeNetworkApi([partial]),
    });
    expect(
      await screen.findByText('Source cloudflare could not be read'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('article', { name: 'Chain api.localplus.io/v1/ledger' }),
    ).toBeInTheDocument();
  });

  it('says so when nothing names the entity', async () => {
    renderInNetworkApp(<NetworkContent />, {
      api: new FakeNetworkApi([
        { ...emptyView, entityRef: 'component:default/svc-ledger' },
      ]),
    });
    expect(
      await screen.findByText('No network data for this entity'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Routes' }),
    ).not.toBeInTheDocument();
  });

  it("treats a 404 from the backend as no data, in the backend's words", async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          name: 'NotFoundError',
          message: 'No network data for component:default/svc-ledger',
        },
        request: {
          method: 'GET',
          url: '/entities/component/default/svc-ledger/view',
        },
        response: { statusCode: 404 },
      }),
      { status: 404, headers: { 'Content-Type': 'application/json' } },
    );
    const api = new FakeNetworkApi().failNext(
      await ResponseError.fromResponse(response),
    );
    renderInNetworkApp(<NetworkContent />, { api });
    expect(
      await screen.findByText('No network data for this entity'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No network data for component:default/svc-ledger'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Retry' }),
    ).not.toBeInTheDocument();
  });

  it('shows the error with a retry that reads again', async () => {
    const api = new FakeNetworkApi([svcLedgerView]).failNext(
      new Error('Request failed with 503 Service Unavailable'),
    );
    renderInNetworkApp(<NetworkContent />, { api });
    expect(
      await screen.findByText('Request failed with 503 Service Unavailable'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('article', {
        name: 'Chain api.localplus.io/v1/ledger',
      }),
    ).toBeInTheDocument();
    expect(api.calls).toBe(2);
  });

  it('renders a view with 500 policy rules and 500 callers, paged', async () => {
    renderInNetworkApp(<NetworkContent />, {
      api: new FakeNetworkApi([
        { ...largeView(500), entityRef: 'component:default/svc-ledger' },
      ]),
    });
    const policies = await screen.findByRole('region', { name: 'Policies' });
    expect(policies).toHaveTextContent('500 rules');
    const [, body] = within(policies).getAllByRole('rowgroup');
    expect(within(body).getAllByRole('row')).toHaveLength(25);
    const callers = screen.getByRole('region', { name: 'Who may call me' });
    const [, callerBody] = within(callers).getAllByRole('rowgroup');
    expect(within(callerBody).getAllByRole('row')).toHaveLength(25);
  });
});
