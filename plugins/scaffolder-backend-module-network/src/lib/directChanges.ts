import { InputError } from '@backstage/errors';
import {
  CLOUDFLARE_PROXIED_PROPERTY,
  DirectChange,
  GitopsChange,
} from '@localplus/plugin-network-node';

interface Endpoint {
  dnsName: string;
  recordType: 'CNAME' | 'A';
  targets: string[];
  recordTTL?: number;
  providerSpecific?: Array<{ name: string; value: string }>;
}

function endpointOf(change: GitopsChange & { type: 'put-object' }): Endpoint {
  const [endpoint] = (change.object.spec as { endpoints: Endpoint[] })
    .endpoints;
  return endpoint;
}

/**
 * The same changes the GitOps target would write as files, as provider calls: objects are applied
 * to the cluster, DNSEndpoints become records in Cloudflare and Route53, the ConfigMap rule a rule
 * of the remotely managed tunnel. One planner, two targets.
 */
export function toDirectChanges(
  changes: GitopsChange[],
  tunnelId: string | undefined,
): DirectChange[] {
  return changes.map((change): DirectChange => {
    if (change.type === 'put-tunnel-rule') {
      if (!tunnelId) {
        throw new InputError(
          'The direct target writes tunnel rules through the Cloudflare API and needs network.tunnel.id',
        );
      }
      return {
        type: 'put-tunnel-rule',
        system: 'tunnel',
        tunnelId,
        rule: change.rule,
        owner: change.owner,
      };
    }
    if (change.type !== 'put-object') {
      throw new InputError(
        'Removing objects is not supported by the direct target yet; retire the service in the GitOps target or by hand',
      );
    }
    if (change.system === 'dns-public') {
      const endpoint = endpointOf(change);
      return {
        type: 'put-public-record',
        system: 'dns-public',
        name: endpoint.dnsName,
        target: endpoint.targets[0],
        proxied: !!endpoint.providerSpecific?.some(
          p => p.name === CLOUDFLARE_PROXIED_PROPERTY && p.value === 'true',
        ),
        owner: change.owner,
      };
    }
    if (change.system === 'dns-private') {
      const endpoint = endpointOf(change);
      return {
        type: 'put-private-record',
        system: 'dns-private',
        name: endpoint.dnsName,
        recordType: endpoint.recordType,
        values: endpoint.targets,
        ttl: endpoint.recordTTL ?? 60,
        owner: change.owner,
      };
    }
    if (change.system === 'tunnel') {
      throw new InputError(`Unexpected tunnel object ${change.object.kind}`);
    }
    return {
      type: 'apply-object',
      system: change.system,
      object: change.object,
      owner: change.owner,
    };
  });
}
