import { compileRe2, re2Finds, re2MatchesAll } from './regex';

describe('RE2 matching', () => {
  it('searches unanchored like cloudflared and matches whole paths like Envoy', () => {
    expect(re2Finds('/api', '/v1/api/x')).toBe(true);
    expect(re2MatchesAll('/api', '/v1/api/x')).toBe(false);
    expect(re2MatchesAll('/v1/.*', '/v1/api')).toBe(true);
  });

  it('refuses what RE2 refuses (Go would not start cloudflared with it)', () => {
    expect(compileRe2('(?=x)')).toBeUndefined();
    expect(compileRe2('(a)\\1')).toBeUndefined();
    expect(re2Finds('(?=x)', 'x')).toBe(false);
  });
});
