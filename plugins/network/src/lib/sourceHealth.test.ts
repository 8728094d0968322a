import { formatAge, groupSources } from './sourceHealth';

describe('groupSources', () => {
  it('splits sources into ok, failing and off', () => {
    const health = groupSources([
      { sourceId: 'gitops', state: 'declared', status: 'ok' },
      {
        sourceId: 'cloudflare',
        state: 'live',
        status: 'error',
        lastError: '403',
      },
      { sourceId: 'route53', state: 'live', status: 'off' },
    ]);
    expect(health.ok.map(s => s.sourceId)).toEqual(['gitops']);
    expect(health.failing.map(s => s.sourceId)).toEqual(['cloudflare']);
    expect(health.off.map(s => s.sourceId)).toEqual(['route53']);
  });
});

describe('formatAge', () => {
  const now = Date.parse('2026-03-02T10:00:00.000Z');

  it('speaks in the largest whole unit', () => {
    expect(formatAge('2026-03-02T09:57:00.000Z', now)).toBe('3 minutes ago');
    expect(formatAge('2026-03-02T08:00:00.000Z', now)).toBe('2 hours ago');
    expect(formatAge('2026-03-01T10:00:00.000Z', now)).toBe('yesterday');
  });

  it('says just now under a minute, never without a time', () => {
    expect(formatAge('2026-03-02T09:59:30.000Z', now)).toBe('just now');
    expect(formatAge(undefined, now)).toBe('never');
    expect(formatAge('not a date', now)).toBe('at an unknown time');
  });
});
