import {
  describeRequirements,
  matchesAll,
  normalizeKey,
  parseSelector,
} from './selectors';

describe('label selectors', () => {
  it('turns matchLabels and matchExpressions into ANDed requirements', () => {
    const parsed = parseSelector({
      matchLabels: { 'k8s:app': 'api', ready: true },
      matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }],
    });
    expect(parsed.errors).toEqual([]);
    expect(describeRequirements(parsed.requirements)).toBe(
      'app=api, ready=true, tier notin (db)',
    );
    expect(parsed.rawMatchLabelKeys).toEqual(['k8s:app', 'ready']);
  });

  it('reports what it cannot read instead of matching everything', () => {
    expect(
      parseSelector({
        matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }],
      }).errors,
    ).toHaveLength(1);
    expect(
      parseSelector({
        matchExpressions: [{ key: 'a', operator: 'In', values: [] }],
      }).errors,
    ).toHaveLength(1);
    expect(parseSelector('app=api').errors).toEqual([
      'selector is not an object',
    ]);
  });

  it('drops the k8s: and any: sources, keeps the others', () => {
    expect(normalizeKey('k8s:app')).toBe('app');
    expect(normalizeKey('any:app')).toBe('app');
    expect(normalizeKey('reserved:host')).toBe('reserved:host');
  });

  it.each([
    ['In', { app: 'api' }, true],
    ['In', {}, false],
    ['NotIn', {}, true],
    ['Exists', { app: 'x' }, true],
    ['DoesNotExist', { app: 'x' }, false],
  ] as const)('%s against %j', (operator, labels, expected) => {
    const values = operator === 'In' || operator === 'NotIn' ? ['api'] : [];
    const reqs = parseSelector({
      matchExpressions: [{ key: 'app', operator, values }],
    }).requirements;
    expect(matchesAll(reqs, new Map(Object.entries(labels)))).toBe(expected);
  });
});
