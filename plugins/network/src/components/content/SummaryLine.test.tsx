import { render, screen } from '@testing-library/react';
import { svcLedgerView } from '../../testing/fixtures';
import { SummaryLine } from './SummaryLine';

const now = Date.parse('2026-03-02T09:19:05.000Z');

describe('SummaryLine', () => {
  it('says the exposure, the findings and how fresh each source is', () => {
    render(<SummaryLine view={svcLedgerView} now={now} />);
    expect(screen.getByText('Public')).toBeInTheDocument();
    expect(screen.getByLabelText('Findings')).toHaveTextContent('1 info');
    expect(screen.getByLabelText('Sources')).toHaveTextContent(
      'gitops (declared) read 5 minutes ago · not configured: kubernetes, cloudflare, route53',
    );
  });

  it('counts findings by severity, worst first, and flags failing sources', () => {
    render(
      <SummaryLine
        now={now}
        view={{
          exposure: 'internal',
          openTo: { world: false, cluster: true },
          findings: [
            { ...svcLedgerView.findings[0], severity: 'warning' },
            { ...svcLedgerView.findings[0], severity: 'error' },
            { ...svcLedgerView.findings[0], severity: 'error' },
          ],
          sources: [
            {
              sourceId: 'cloudflare',
              state: 'live',
              status: 'error',
              lastSuccessAt: '2026-03-02T08:19:05.000Z',
            },
          ],
        }}
      />,
    );
    expect(screen.getByText('Internal only')).toBeInTheDocument();
    expect(
      screen.getByText('Open to every pod of the cluster'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Findings')).toHaveTextContent(
      '2 errors1 warning',
    );
    expect(screen.getByLabelText('Sources')).toHaveTextContent(
      'cloudflare failing, last good 1 hour ago',
    );
  });

  it('says when nothing is wrong and nothing reaches the service', () => {
    render(
      <SummaryLine
        now={now}
        view={{
          exposure: 'none',
          openTo: { world: false, cluster: false },
          findings: [],
          sources: [],
        }}
      />,
    );
    expect(screen.getByText('Not reachable')).toBeInTheDocument();
    expect(screen.getByText('No findings')).toBeInTheDocument();
  });
});
