import { escapeCelPropertyName, rootToCel, toCelValue } from './celValue';

describe('escapeCelPropertyName', () => {
  it.each([
    ['name', 'name'],
    ['namespace', '__namespace__'],
    ['in', '__in__'],
    ['x-kubernetes', 'x__dash__kubernetes'],
    ['a.b/c', 'a__dot__b__slash__c'],
    ['my__field', 'my__underscores__field'],
    ['_private', '_private'],
  ])('%s → %s', (name, escaped) => {
    expect(escapeCelPropertyName(name)).toBe(escaped);
  });

  it.each(['', '1st', 'has space', 'emoji✓'])('makes %j inaccessible', name => {
    expect(escapeCelPropertyName(name)).toBeUndefined();
  });
});

describe('toCelValue', () => {
  it('maps objects to Maps, integers to bigint and keeps doubles', () => {
    const value = toCelValue(
      { port: 8080, weight: 1, ratio: 0.5, extra: 'pruned', namespace: 'x' },
      {
        type: 'object',
        properties: {
          port: { type: 'integer' },
          weight: { type: 'number' },
          ratio: { type: 'number' },
          namespace: { type: 'string' },
        },
      },
    );
    expect(value).toEqual(
      new Map<string, unknown>([
        ['port', 8080n],
        ['weight', 1],
        ['ratio', 0.5],
        ['__namespace__', 'x'],
      ]),
    );
  });

  it('keeps map keys unescaped and infers ints where the schema says nothing', () => {
    expect(
      toCelValue(
        { 'app.kubernetes.io/name': [1, 2.5] },
        { type: 'object', additionalProperties: { type: 'array', items: {} } },
      ),
    ).toEqual(new Map([['app.kubernetes.io/name', [1n, 2.5]]]));
  });

  it('shows rules on the root only name and generateName of metadata', () => {
    const root = rootToCel(
      {
        apiVersion: 'v1',
        kind: 'X',
        metadata: { name: 'a', labels: { b: 'c' } },
      },
      {
        type: 'object',
        properties: {
          apiVersion: { type: 'string' },
          kind: { type: 'string' },
          metadata: { type: 'object' },
        },
      },
    ) as Map<string, unknown>;
    expect(root.get('metadata')).toEqual(new Map([['name', 'a']]));
    expect(root.get('kind')).toBe('X');
  });
});
