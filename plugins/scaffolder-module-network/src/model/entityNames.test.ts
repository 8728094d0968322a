import { shortEntityName } from './entityNames';

describe('shortEntityName', () => {
  it('says only the name of a component in the default namespace', () => {
    expect(shortEntityName('component:default/svc-ledger')).toBe('svc-ledger');
    expect(shortEntityName('Component:default/svc-ledger')).toBe('svc-ledger');
  });

  it('keeps kind and namespace when they tell something', () => {
    expect(shortEntityName('resource:default/db')).toBe('resource:db');
    expect(shortEntityName('component:payments/svc-x')).toBe(
      'component:payments/svc-x',
    );
  });

  it('returns what it cannot parse', () => {
    expect(shortEntityName('a:b:c/d/e')).toBe('a:b:c/d/e');
  });
});
