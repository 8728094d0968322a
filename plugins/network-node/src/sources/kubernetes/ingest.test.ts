import type { KubernetesObject } from '@localplus/plugin-network-common';
import { createIngest } from './ingest';
import { WATCHED_KINDS } from './watchedKinds';

const watched = (kind: string) => WATCHED_KINDS.find(k => k.kind === kind)!;
const anyTunnel = { key: 'config.yaml' };

describe('createIngest', () => {
  it("fills in the TypeMeta lists leave off, and drops managedFields and kubectl's copy", () => {
    const item = {
      metadata: {
        name: 'svc-ledger',
        namespace: 'svc-ledger',
        managedFields: [{ manager: 'argocd-controller' }],
        annotations: {
          'kubectl.kubernetes.io/last-applied-configuration': '{}',
          team: 'ledger',
        },
      },
      spec: { replicas: 2 },
    } as unknown as KubernetesObject;
    const result = createIngest(watched('Deployment'), anyTunnel)(item);
    expect(result).toBe(item);
    expect(result).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'svc-ledger',
        namespace: 'svc-ledger',
        annotations: { team: 'ledger' },
      },
      spec: { replicas: 2 },
    });
  });

  it('keeps the TypeMeta a watch event carries', () => {
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1beta1',
      kind: 'HTTPRoute',
      metadata: { name: 'r' },
    };
    expect(
      createIngest(watched('HTTPRoute'), anyTunnel)(route).apiVersion,
    ).toBe('gateway.networking.k8s.io/v1beta1');
  });

  it("drops the data of ConfigMaps that are not the tunnel's", () => {
    const ingest = createIngest(watched('ConfigMap'), anyTunnel);
    const other = ingest({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'kube-root-ca.crt', namespace: 'svc-ledger' },
      data: { 'ca.crt': 'PEM' },
      binaryData: { blob: 'AAAA' },
    });
    expect(other).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'kube-root-ca.crt', namespace: 'svc-ledger' },
    });

    const rules = { 'config.yaml': 'ingress:\n  - service: http_status:404\n' };
    const tunnel = ingest({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cloudflared-config' },
      data: rules,
    });
    expect(tunnel.data).toEqual(rules);
  });
});
