import { chainVerdict, hop, worstVerdict } from './verdicts';

describe('verdicts', () => {
  it.each([
    [[], 'ok'],
    [['ok', 'ok'], 'ok'],
    [['ok', 'unknown'], 'unknown'],
    [['unknown', 'broken', 'ok'], 'broken'],
  ] as const)('worst of %j is %s', (verdicts, expected) => {
    expect(worstVerdict(verdicts)).toBe(expected);
  });

  it('takes the chain verdict from its hops and omits an absent object', () => {
    const hops = [
      hop('dns', 'a', 'ok', 'r'),
      hop('tunnel', 'b', 'unknown', 'r', {
        kind: 'TunnelRule',
        name: 't#0',
        source: 'gitops',
      }),
    ];
    expect(chainVerdict(hops)).toBe('unknown');
    expect(Object.keys(hops[0])).toEqual([
      'kind',
      'title',
      'verdict',
      'reason',
    ]);
  });
});
