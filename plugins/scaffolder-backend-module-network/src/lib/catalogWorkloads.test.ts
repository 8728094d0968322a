import { workloadOf } from './catalogWorkloads';

describe('workloadOf', () => {
  it('follows the Kubernetes plugin annotations', () => {
    expect(
      workloadOf(
        {
          metadata: {
            name: 'svc-a',
            annotations: {
              'backstage.io/kubernetes-id': 'a',
              'backstage.io/kubernetes-namespace': 'team-a',
            },
          },
        },
        'component:default/svc-a',
      ),
    ).toEqual({
      entityRef: 'component:default/svc-a',
      namespace: 'team-a',
      labels: { 'app.kubernetes.io/name': 'a' },
    });
  });

  it('defaults to the estate convention: namespace and name label from the entity name', () => {
    expect(workloadOf({ metadata: { name: 'svc-b' } }, 'r')).toEqual({
      entityRef: 'r',
      namespace: 'svc-b',
      labels: { 'app.kubernetes.io/name': 'svc-b' },
    });
  });

  it('uses an equality label selector, and refuses set-based ones', () => {
    const entity = (selector: string) => ({
      metadata: {
        name: 'x',
        annotations: { 'backstage.io/kubernetes-label-selector': selector },
      },
    });
    expect(workloadOf(entity('app=x, tier==web'), 'r').labels).toEqual({
      app: 'x',
      tier: 'web',
    });
    expect(() => workloadOf(entity('app in (x,y)'), 'r')).toThrow(
      /only "key=value" terms/,
    );
    expect(() => workloadOf(entity('app!=x'), 'r')).toThrow(/only "key=value"/);
  });
});
