import {
  validateGatewayPath,
  validatePublicHostname,
  zoneOf,
} from '@localplus/plugin-network-common';
import {
  buildPublicDnsEndpoint,
  GitopsChange,
  NetworkWriteSettings,
  tunnelPathFor,
} from '@localplus/plugin-network-node';
import type { AvailabilityCheck } from './availabilityChecks';
import type { DnsNameClaim } from './folderDnsCheck';
import { gitopsFiles } from './files';
import type { Problems } from './problems';
import type { ServiceTarget } from './service';
import { validateTunnelService } from './tunnelService';

/** @public */
export interface TunnelRequest {
  hostname: string;
  /** A Gateway-style path prefix; the rule gets the anchored regex for it. */
  path?: string;
  /** Default: the Gateway's Service (`network.tunnel.defaultService`). */
  service?: string;
  /** Also write the proxied public CNAME to the tunnel. */
  publicDns: boolean;
}

export function validateTunnel(
  request: TunnelRequest,
  settings: NetworkWriteSettings,
  problems: Problems,
): void {
  problems.add(
    validatePublicHostname(
      request.hostname,
      settings.zones.public,
      settings.zones.private,
    ),
  );
  if (request.path !== undefined) {
    problems.add(validateGatewayPath(request.path));
  }
  if (request.service !== undefined) {
    problems.add(validateTunnelService(request.service));
  }
}

/** A DNSEndpoint name per hostname: object names may hold dots but no `*`. */
function publicRecordName(hostname: string): string {
  return hostname.replace(/^\*\./, 'wildcard.');
}

/** The tunnel rule (+ public record) changes and their availability questions. */
export function tunnelRun(
  target: ServiceTarget,
  request: TunnelRequest,
  settings: NetworkWriteSettings,
  tunnelId: string,
): {
  changes: GitopsChange[];
  checks: AvailabilityCheck[];
  dnsNames: DnsNameClaim[];
} {
  const service = request.service ?? settings.tunnel.defaultService;
  const toGateway = service === settings.tunnel.defaultService;
  const path =
    request.path === undefined
      ? undefined
      : tunnelPathFor({ type: 'PathPrefix', value: request.path });
  const changes: GitopsChange[] = [
    {
      type: 'put-tunnel-rule',
      system: 'tunnel',
      file: gitopsFiles.tunnel,
      configMap: settings.tunnel.configMap,
      owner: target.entityRef,
      rule: {
        hostname: request.hostname,
        ...(path ? { path } : {}),
        service,
        // the Gateway's HTTPS listener picks its certificate by SNI
        ...(toGateway
          ? { originRequest: { originServerName: request.hostname } }
          : {}),
      },
    },
  ];
  const checks: AvailabilityCheck[] = [
    {
      system: 'tunnel',
      file: gitopsFiles.tunnel,
      request: {
        hostname: request.hostname,
        ...(request.path ? { path: request.path } : {}),
        entityRef: target.entityRef,
      },
    },
  ];
  if (request.publicDns) {
    changes.push({
      type: 'put-object',
      system: 'dns-public',
      file: gitopsFiles.publicDns,
      owner: target.entityRef,
      object: buildPublicDnsEndpoint({
        name: publicRecordName(request.hostname),
        namespace: settings.tunnel.configMap.namespace,
        owner: target.entityRef,
        kubernetesId: target.name,
        hostname: request.hostname,
        zone: zoneOf(request.hostname, settings.zones.public) ?? '',
        tunnelId,
      }),
    });
    // `dnsName` asks about the private zones; a public name is asked as a hostname
    checks.push({
      system: 'dns-public',
      file: gitopsFiles.publicDns,
      request: { hostname: request.hostname, entityRef: target.entityRef },
    });
  }
  const dnsNames: DnsNameClaim[] = request.publicDns
    ? [
        {
          name: request.hostname,
          system: 'dns-public',
          file: gitopsFiles.publicDns,
        },
      ]
    : [];
  return { changes, checks, dnsNames };
}
