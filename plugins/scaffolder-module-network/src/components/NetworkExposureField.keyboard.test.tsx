import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeNetworkApi } from '../__testUtils__/FakeNetworkApi';
import { renderField } from '../__testUtils__/renderField';

async function renderReady() {
  const api = new FakeNetworkApi();
  const probe = renderField({ api, name: 'svc-shop' });
  await screen.findByText(/^Free: /);
  return { api, probe };
}

/** The accessible name of what has focus, as a screen reader would announce it. */
function focused(): string {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) {
    return '(nothing)';
  }
  const role = element.getAttribute('type') ?? element.tagName.toLowerCase();
  const labelledBy = element.getAttribute('aria-labelledby');
  const label =
    element.getAttribute('aria-label') ??
    (labelledBy
      ? labelledBy
          .split(' ')
          .map(id => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : undefined) ??
    element.closest('label')?.textContent ??
    element.textContent ??
    '';
  return `${role}: ${label.trim()}`;
}

describe('NetworkExposureField, keyboard', () => {
  it('tabs through the block in reading order, then on to the Next button', async () => {
    await renderReady();
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await userEvent.tab();
      stops.push(focused());
    }
    expect(stops).toEqual([
      expect.stringMatching(/^radio: Public under api\.localplus\.io/),
      expect.stringMatching(/^text: Path prefix/),
      expect.stringMatching(/^text: HTTP port/),
      expect.stringMatching(/^text: gRPC port/),
      expect.stringMatching(/^text: Metrics port/),
      expect.stringMatching(/^button: .*Callers/),
      expect.stringMatching(/^button: .*Callees/),
      expect.stringMatching(/^checkbox: PostgreSQL/),
      expect.stringMatching(/^checkbox: Kafka/),
      expect.stringMatching(/^checkbox: Valkey/),
      'submit: Next',
      '(nothing)',
    ]);
  });

  it('moves between the exposure modes with the arrow keys', async () => {
    const { probe } = await renderReady();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    expect(
      screen.getByRole('radio', { name: /Public on its own hostname/ }),
    ).toBeChecked();
    expect(
      screen.getByRole('textbox', { name: 'Public hostname' }),
    ).toBeInTheDocument();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('radio', { name: /Internal only/ })).toBeChecked();
    expect(probe.written.at(-1)?.exposure).toEqual({ mode: 'internal' });
  });

  it('never submits the step on Enter inside the block', async () => {
    const { probe } = await renderReady();
    await userEvent.click(screen.getByRole('textbox', { name: 'Path prefix' }));
    await userEvent.keyboard('/v1/shop{Enter}');
    expect(probe.submits).toBe(0);
    await userEvent.click(screen.getByRole('textbox', { name: 'HTTP port' }));
    await userEvent.keyboard('{Enter}');
    expect(probe.submits).toBe(0);
    await userEvent.click(screen.getByRole('radio', { name: /Internal only/ }));
    await userEvent.keyboard('{Enter}');
    expect(probe.submits).toBe(0);
    await userEvent.click(screen.getByRole('checkbox', { name: /Valkey/ }));
    await userEvent.keyboard('{Enter}');
    expect(probe.submits).toBe(0);

    // the Next button still submits
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(probe.submits).toBe(1);
  });
});
