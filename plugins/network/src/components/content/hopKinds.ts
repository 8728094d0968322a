import type { HopKind } from '@localplus/plugin-network-common';

/** The system each hop crosses, as the platform team names it. */
export const HOP_KIND_LABELS: Record<HopKind, string> = {
  dns: 'DNS',
  edge: 'Edge / Access',
  tunnel: 'Tunnel rule',
  gateway: 'Gateway listener',
  route: 'Route rule',
  service: 'Service',
  policy: 'Policy',
};
