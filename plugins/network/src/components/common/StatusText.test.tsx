import { render, screen } from '@testing-library/react';
import {
  PeerVerdictText,
  SeverityText,
  StatusText,
  VerdictText,
} from './StatusText';

describe('StatusText', () => {
  it('says the verdict in words as well as in colour', () => {
    render(
      <>
        <VerdictText verdict="ok" />
        <VerdictText verdict="broken" />
        <VerdictText verdict="unknown" />
      </>,
    );
    expect(screen.getByText('OK').parentElement).toHaveAttribute(
      'data-tone',
      'ok',
    );
    expect(screen.getByText('Broken').parentElement).toHaveAttribute(
      'data-tone',
      'broken',
    );
    expect(screen.getByText('Unknown').parentElement).toHaveAttribute(
      'data-tone',
      'unknown',
    );
  });

  it('tells allowed peers from unknown ones', () => {
    render(
      <>
        <PeerVerdictText verdict="allowed" />
        <PeerVerdictText verdict="unknown" />
      </>,
    );
    expect(screen.getByText('Allowed').parentElement).toHaveAttribute(
      'data-tone',
      'ok',
    );
    expect(screen.getByText('Unknown').parentElement).toHaveAttribute(
      'data-tone',
      'unknown',
    );
  });

  it('counts severities in words, errors in red', () => {
    render(
      <>
        <SeverityText severity="error" count={2} />
        <SeverityText severity="warning" count={1} />
        <SeverityText severity="info" />
      </>,
    );
    expect(screen.getByText('1 warning')).toBeInTheDocument();
    expect(screen.getByText('2 errors').parentElement).toHaveAttribute(
      'data-tone',
      'broken',
    );
    expect(screen.getByText('Info')).toBeInTheDocument();
  });

  it('keeps icons out of the accessible name', () => {
    render(<StatusText tone="neutral" label="3 sources" />);
    expect(document.querySelector('svg')).toHaveAttribute('aria-hidden');
  });
});
