import { NETWORK_OWNER_ANNOTATION } from '@localplus/plugin-network-common';
import {
  PlannedChange,
  readManifestFolder,
  WriteSystem,
} from '@localplus/plugin-network-node';

/** A DNS name a run is about to publish, and the plan line a clash becomes. */
export interface DnsNameClaim {
  name: string;
  system: WriteSystem;
  file: string;
}

interface Endpoint {
  dnsName?: string;
}

/**
 * DNSEndpoints elsewhere in the folder that already publish one of `claims` and are not `owner`'s.
 * The index lets a tunnel CNAME be shared by every route on its name, which is right for reading
 * but would let a second DNSEndpoint for the same name be written; external-dns would then flap
 * between the two.
 */
export async function folderDnsConflicts(
  root: string,
  claims: DnsNameClaim[],
  owner: string,
): Promise<PlannedChange[]> {
  if (claims.length === 0) {
    return [];
  }
  const { manifests } = await readManifestFolder(root);
  const conflicts: PlannedChange[] = [];
  for (const { object, source } of manifests) {
    if (object.kind !== 'DNSEndpoint') {
      continue;
    }
    const holder = object.metadata.annotations?.[NETWORK_OWNER_ANNOTATION];
    if (holder === owner) {
      continue;
    }
    const endpoints =
      (object.spec as { endpoints?: Endpoint[] } | undefined)?.endpoints ?? [];
    for (const claim of claims) {
      if (endpoints.some(e => e.dnsName?.toLowerCase() === claim.name)) {
        conflicts.push({
          system: claim.system,
          target: 'gitops',
          action: 'conflict',
          file: claim.file,
          object: {
            kind: 'DNSEndpoint',
            name: object.metadata.name ?? '',
            namespace: object.metadata.namespace,
          },
          reason: `DNS name ${claim.name} is already published by DNSEndpoint ${
            object.metadata.namespace ?? ''
          }/${object.metadata.name} in ${source.file} (${
            holder ? `owned by ${holder}` : 'not managed by Backstage'
          })`,
        });
      }
    }
  }
  return conflicts;
}
