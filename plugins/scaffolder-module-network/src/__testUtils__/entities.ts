import type { Entity } from '@backstage/catalog-model';

function component(name: string, kubernetesId?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      title: `${name} title`,
      annotations: kubernetesId
        ? { 'backstage.io/kubernetes-id': kubernetesId }
        : {},
    },
    spec: { type: 'service', owner: 'group:default/team-platform' },
  };
}

/** Two services with network data and a library without. */
export const catalogEntities: Entity[] = [
  component('svc-ledger', 'svc-ledger'),
  component('svc-wallet', 'svc-wallet'),
  component('shared-lib'),
];
