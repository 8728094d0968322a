import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  networkExposureReadPermission,
  networkExposureWritePermission,
  networkPermissions,
} from './permissions';

describe('network permissions', () => {
  it('checks reads per catalog entity, so a policy can hide one service', () => {
    expect(
      isResourcePermission(networkExposureReadPermission, 'catalog-entity'),
    ).toBe(true);
    expect(networkExposureReadPermission.name).toBe('network.exposure.read');
  });

  it('registers every permission once', () => {
    const names = networkPermissions.map(p => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain(networkExposureWritePermission.name);
  });
});
