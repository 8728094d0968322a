import { originRef } from '../objects';
import type {
  AccessApplication,
  DnsRecord,
  TunnelConfiguration,
  TunnelRule,
} from '../sources';
import type { ObjectRef } from '../view';

/** `DNSRecord api.localplus.io` (CNAME), pointing at the provider or the DNSEndpoint file. */
export function dnsRecordRef(record: DnsRecord): ObjectRef {
  return originRef('DNSRecord', `${record.name} ${record.type}`, record.origin);
}

/** `TunnelRule <tunnel>#<position>`, pointing at the ConfigMap file or the Cloudflare config. */
export function tunnelRuleRef(
  tunnel: TunnelConfiguration,
  rule: TunnelRule,
): ObjectRef {
  return originRef(
    'TunnelRule',
    `${tunnel.tunnelId}#${rule.position}`,
    tunnel.origin,
  );
}

export function tunnelRef(tunnel: TunnelConfiguration): ObjectRef {
  return originRef('TunnelConfiguration', tunnel.tunnelId, tunnel.origin);
}

export function accessApplicationRef(app: AccessApplication): ObjectRef {
  return originRef('AccessApplication', app.name, app.origin);
}
