import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Reading an entity's network exposure (its chains, peers, names and findings).
 * A resource permission on catalog entities, so a policy can limit it per entity.
 * @public
 */
export const networkExposureReadPermission = createPermission({
  name: 'network.exposure.read',
  attributes: { action: 'read' },
  resourceType: 'catalog-entity',
});

/**
 * Creating or changing routes, policies, tunnel rules and DNS records through the suite.
 * @public
 */
export const networkExposureWritePermission = createPermission({
  name: 'network.exposure.write',
  attributes: { action: 'update' },
});

/**
 * Every permission of the network suite, for registration with the permission framework.
 * @public
 */
export const networkPermissions = [
  networkExposureReadPermission,
  networkExposureWritePermission,
];
