import { fireEvent, render, screen } from '@testing-library/react';
import { svcLedgerView } from '../../testing/fixtures';
import { NetworkEmpty, NetworkError, NetworkLoading } from './NetworkStates';

describe('NetworkLoading', () => {
  it('is a busy placeholder, not a bare spinner', () => {
    render(<NetworkLoading />);
    expect(screen.getByLabelText('Loading network data')).toHaveAttribute(
      'aria-busy',
      'true',
    );
  });
});

describe('NetworkError', () => {
  it('shows the message and retries on request', () => {
    const onRetry = jest.fn();
    render(
      <NetworkError
        error={new Error('Request failed with 503')}
        onRetry={onRetry}
      />,
    );
    expect(
      screen.getByText('The network view could not be loaded'),
    ).toBeInTheDocument();
    expect(screen.getByText('Request failed with 503')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('NetworkEmpty', () => {
  it('says there is no data and which sources were not searched', () => {
    render(<NetworkEmpty sources={svcLedgerView.sources} />);
    expect(
      screen.getByText('No network data for this entity'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Not configured, so not searched: kubernetes, cloudflare, route53.',
      ),
    ).toBeInTheDocument();
  });
});
