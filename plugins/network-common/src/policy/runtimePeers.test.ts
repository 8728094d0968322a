import { workload } from './__testUtils__/estates';
import { compileContext } from './__testUtils__/context';
import { groupPeer, nodePeer, servicePeer } from './runtimePeers';

const ctx = compileContext(
  [workload('shop/api', { app: 'api' })],
  [
    { namespace: 'shop', name: 'api', selector: { app: 'api' }, ports: [] },
    { namespace: 'shop', name: 'external-db', ports: [] },
  ],
);

describe('peers resolved at runtime', () => {
  it('toServices: a Service with a selector stands for its pods (version-dependent), one without for runtime IPs', () => {
    const [withSelector] = servicePeer(
      { k8sService: { serviceName: 'api' } },
      'shop',
      ctx,
    );
    expect(
      withSelector.kind === 'service' && withSelector.pods.toArray(),
    ).toEqual([0]);
    expect(
      servicePeer(
        { k8sService: { serviceName: 'external-db' } },
        'shop',
        ctx,
      )[0],
    ).toMatchObject({ kind: 'opaque', scope: 'external' });
    expect(
      servicePeer({ k8sService: { serviceName: 'nope' } }, 'shop', ctx)[0],
    ).toMatchObject({ kind: 'opaque', scope: 'unknown' });
  });

  it('cloud groups and node selectors are opaque, with the reason', () => {
    expect(
      groupPeer({ aws: { securityGroupsIds: ['sg-1'] } })[0],
    ).toMatchObject({ kind: 'opaque', scope: 'external' });
    expect(nodePeer({ matchLabels: { role: 'edge' } })[0]).toMatchObject({
      kind: 'opaque',
      scope: 'nodes',
      reason: 'nodes matching role=edge: node labels are not in the estate',
    });
  });
});
