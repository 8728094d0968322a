import { promises as fs } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '@localplus/plugin-network-node/testing';
import type { LoopbackEntity, TakenName, TakenRoute } from './loopbackBackend';

/** The example estate's GitOps folder, copied into `dir` so tests may write to it. */
export async function copyEstate(dir: string): Promise<void> {
  const source = path.join(findRepoRoot(__dirname), 'examples', 'gitops');
  await fs.cp(source, dir, { recursive: true });
}

const component = (name: string): LoopbackEntity => ({
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: {
      'backstage.io/kubernetes-id': name,
      'backstage.io/kubernetes-namespace': name,
    },
  },
});

/** Catalog entities of the estate that tests use as callers and callees. */
export const estateEntities: LoopbackEntity[] = [
  component('svc-ledger'),
  component('svc-wallet'),
  component('svc-payment'),
  {
    kind: 'Component',
    metadata: {
      name: 'legacy',
      annotations: {
        'backstage.io/kubernetes-namespace': 'old',
        'backstage.io/kubernetes-label-selector': 'app=legacy,tier=web',
      },
    },
  },
];

/** What the estate's index already serves: the ledger's route, and the shared hostnames. */
export const estateRoutes: TakenRoute[] = [
  {
    hostname: 'api.localplus.io',
    path: '/v1/ledger',
    entityRef: 'component:default/svc-ledger',
    object: {
      kind: 'HTTPRoute',
      name: 'svc-ledger',
      namespace: 'svc-ledger',
      source: 'gitops',
    },
  },
];

export const estateNames: TakenName[] = [
  {
    name: 'pay.localplus.io',
    entityRef: 'component:default/svc-payment',
    object: {
      kind: 'DNSRecord',
      name: 'pay.localplus.io',
      source: 'gitops',
    },
  },
  {
    name: 'svc-ledger.internal.localplus.io',
    entityRef: 'component:default/svc-ledger',
    object: {
      kind: 'DNSRecord',
      name: 'svc-ledger.internal.localplus.io',
      source: 'gitops',
    },
  },
];
