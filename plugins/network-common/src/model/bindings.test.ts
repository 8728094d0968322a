import { EntityResolver, normalizeEntityRef } from './bindings';

describe('EntityResolver', () => {
  const resolver = new EntityResolver([
    {
      entityRef: 'component:default/svc-ledger',
      kubernetesId: 'svc-ledger',
      namespace: 'svc-ledger',
    },
    { entityRef: 'component:default/shared', kubernetesId: 'shared' },
    {
      entityRef: 'component:default/web',
      labelSelector: 'app.kubernetes.io/part-of=web,tier in (front,edge)',
    },
    { entityRef: 'component:default/ops', labelSelector: '!team' },
    { entityRef: 'component:default/broken', labelSelector: 'tier in front' },
  ]);
  const id = (value: string) => ({ 'backstage.io/kubernetes-id': value });

  it.each<{
    name: string;
    labels: Record<string, string>;
    ns: string;
    expected: string[];
  }>([
    {
      name: 'id label in the entity namespace',
      labels: { ...id('svc-ledger'), team: 'x' },
      ns: 'svc-ledger',
      expected: ['component:default/svc-ledger'],
    },
    {
      name: 'id label in another namespace',
      labels: { ...id('svc-ledger'), team: 'x' },
      ns: 'other',
      expected: [],
    },
    {
      name: 'id label, entity without namespace',
      labels: { ...id('shared'), team: 'x' },
      ns: 'anywhere',
      expected: ['component:default/shared'],
    },
    {
      name: 'label selector',
      labels: { 'app.kubernetes.io/part-of': 'web', tier: 'edge', team: 'x' },
      ns: 'web',
      expected: ['component:default/web'],
    },
    {
      name: 'label selector not met',
      labels: { 'app.kubernetes.io/part-of': 'web', tier: 'db', team: 'x' },
      ns: 'web',
      expected: [],
    },
    {
      name: 'selector without equality terms',
      labels: { a: 'b' },
      ns: 'x',
      expected: ['component:default/ops'],
    },
  ])('$name', ({ labels, ns, expected }) => {
    expect(resolver.entitiesForLabels(labels, ns).sort()).toEqual(expected);
  });

  it('resolves owners given as entity refs in any spelling, or as kubernetes ids', () => {
    expect(resolver.entitiesForOwner('Component:svc-ledger')).toEqual([
      'component:default/svc-ledger',
    ]);
    expect(resolver.entitiesForOwner('shared')).toEqual([
      'component:default/shared',
    ]);
    expect(resolver.entitiesForOwner('nobody')).toEqual([]);
    expect(resolver.entitiesForOwner(undefined)).toEqual([]);
    expect(normalizeEntityRef('Component:Default/X')).toBe(
      'component:default/x',
    );
  });
});
