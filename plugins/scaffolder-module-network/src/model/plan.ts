import { defaultPrivateName } from '@localplus/plugin-network-common';
import { shortEntityName } from './entityNames';
import { publicEntry, publicUrl } from './entry';
import type { NetworkSettings } from './options';
import {
  DEFAULT_GRPC_PORT,
  DEFAULT_HTTP_PORT,
  type DataService,
  type NetworkExposureValue,
} from './value';

/** What `network:expose` will write, one sentence per system. @public */
export interface NetworkPlan {
  route: string;
  policy: string;
  dnsNames: string[];
  tunnel: string;
}

const DATA_SERVICE_TEXT: Record<DataService, string> = {
  postgresql: 'PostgreSQL 5432',
  kafka: 'Kafka 9092',
  valkey: 'Valkey 6379',
};

function portList(ports: (number | undefined)[]): string {
  const unique = [
    ...new Set(ports.filter((p): p is number => p !== undefined)),
  ];
  return unique.sort((a, b) => a - b).join(', ');
}

function names(refs: string[]): string {
  const short = refs.map(shortEntityName);
  if (short.length <= 1) {
    return short.join('');
  }
  return `${short.slice(0, -1).join(', ')} and ${short[short.length - 1]}`;
}

/**
 * The policy in the words of the writer (`buildCiliumNetworkPolicy`): default deny both ways,
 * then each allow rule the action writes with its defaults (same namespace and VPC endpoints on).
 */
function describePolicy(
  value: NetworkExposureValue,
  routed: boolean,
  settings: NetworkSettings,
): string {
  const { ports } = value;
  const servicePorts = portList([ports.http, ports.grpc]);
  const ingress: string[] = [];
  if (routed) {
    // the action routes the HTTP port only
    ingress.push(`allow the Gateway on ${ports.http}`);
  }
  ingress.push(`allow Prometheus on ${value.metricsPort ?? ports.http}`);
  if (value.callers.length > 0) {
    ingress.push(`allow ${names(value.callers)} on ${servicePorts}`);
  }
  ingress.push('allow its own namespace');

  const egress = ['DNS'];
  if (value.callees.length > 0) {
    // a callee's ports are not in the catalog: the action opens the platform's service ports
    egress.push(
      `${names(value.callees)} on ${portList([
        DEFAULT_HTTP_PORT,
        DEFAULT_GRPC_PORT,
      ])}`,
    );
  }
  if (value.dataServices.length > 0) {
    const services = value.dataServices.map(s => DATA_SERVICE_TEXT[s]);
    egress.push(`${names(services)} via ${settings.dataServicesCidr}`);
  }
  egress.push(`the AWS VPC endpoints on 443 via ${settings.vpcEndpointsCidr}`);
  egress.push('its own namespace');
  return `default deny; ${ingress.join('; ')}; egress to ${egress.join(', ')}`;
}

/** The network plan of a service before it exists; `<name>` stands in for a missing name. */
export function describeNetworkPlan(
  value: NetworkExposureValue,
  name: string | undefined,
  settings: NetworkSettings,
): NetworkPlan {
  const service = name || '<name>';
  const entry = publicEntry(value, service, settings.publicZones);
  const privateName =
    defaultPrivateName(service, settings.privateZones) ?? service;
  const dnsNames = [`${privateName} (private, Route53)`];
  let route = 'none: internal only, nothing on the shared Gateway';
  let tunnel = 'none: not reachable from the Internet';
  if (entry) {
    const hostname = entry.hostname || '<hostname>';
    const url = publicUrl({ hostname, path: entry.path });
    route = `${url} → Service ${service} port ${value.ports.http} (HTTPRoute ${service}/${service} on the shared Gateway)`;
    if (value.exposure.mode === 'shared') {
      tunnel = `the rule that sends ${hostname} to the Gateway is reused; one for ${url.replace(
        'https://',
        '',
      )} is added only if the tunnel has none`;
    } else {
      tunnel = `new rule ${url.replace(
        'https://',
        '',
      )} → the Gateway, ahead of the catch-all`;
      dnsNames.push(`${hostname} (public CNAME to the Cloudflare Tunnel)`);
    }
  }
  return {
    route,
    policy: describePolicy(value, !!entry, settings),
    dnsNames,
    tunnel,
  };
}

/** The plan as the review step lists it. */
export function planLines(plan: NetworkPlan): string[] {
  return [
    `Route: ${plan.route}`,
    `Policy: ${plan.policy}`,
    `DNS: ${plan.dnsNames.join('; ')}`,
    `Tunnel: ${plan.tunnel}`,
  ];
}
