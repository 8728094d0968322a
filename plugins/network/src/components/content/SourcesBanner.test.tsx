import { render, screen } from '@testing-library/react';
import { SourcesBanner } from './SourcesBanner';

const now = Date.parse('2026-03-02T10:00:00.000Z');

describe('SourcesBanner', () => {
  it('names each failing source, its error and the age of its data', () => {
    render(
      <SourcesBanner
        now={now}
        sources={[
          { sourceId: 'gitops', state: 'declared', status: 'ok' },
          {
            sourceId: 'cloudflare',
            state: 'live',
            status: 'error',
            lastError: 'Cloudflare answered 403: token lacks Zone.DNS read.',
            lastSuccessAt: '2026-03-02T09:40:00.000Z',
          },
          { sourceId: 'route53', state: 'live', status: 'error' },
        ]}
      />,
    );
    expect(
      screen.getByText('Source cloudflare could not be read'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Cloudflare answered 403: token lacks Zone.DNS read. Data from it is from 20 minutes ago; everything else is current.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Source route53 could not be read'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/gitops/)).not.toBeInTheDocument();
  });

  it('is absent while every source is healthy or off', () => {
    const { container } = render(
      <SourcesBanner
        sources={[{ sourceId: 'route53', state: 'live', status: 'off' }]}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
