import { countFindings, sortBySeverity } from './findingCounts';

describe('countFindings', () => {
  it('counts each severity and reports zero for the absent ones', () => {
    expect(
      countFindings([
        { severity: 'warning' },
        { severity: 'error' },
        { severity: 'warning' },
      ]),
    ).toEqual({ error: 1, warning: 2, info: 0 });
    expect(countFindings([])).toEqual({ error: 0, warning: 0, info: 0 });
  });
});

describe('sortBySeverity', () => {
  it('puts errors first and keeps the order within a severity', () => {
    const sorted = sortBySeverity([
      { severity: 'info' as const, id: 'a' },
      { severity: 'error' as const, id: 'b' },
      { severity: 'warning' as const, id: 'c' },
      { severity: 'error' as const, id: 'd' },
    ]);
    expect(sorted.map(f => f.id)).toEqual(['b', 'd', 'c', 'a']);
  });
});
