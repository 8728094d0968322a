import { normaliseEntityRef, parseEntityRef } from './entityRefs';

describe('entity refs', () => {
  it.each([
    ['svc-x', 'component:default/svc-x'],
    ['Component:svc-x', 'component:default/svc-x'],
    ['team/svc-x', 'component:team/svc-x'],
    ['resource:default/aiven-kafka', 'resource:default/aiven-kafka'],
  ])('reads %s as %s', (ref, expected) => {
    expect(normaliseEntityRef(ref)).toBe(expected);
  });

  it.each(['', 'a:b:c', 'a/b/c', 'kind:'])('refuses %j', ref => {
    expect(() => parseEntityRef(ref, 'caller')).toThrow(
      /The caller ".*" is not an entity reference/,
    );
  });
});
