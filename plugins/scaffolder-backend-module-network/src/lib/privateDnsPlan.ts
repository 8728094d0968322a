import {
  defaultPrivateName,
  validateCidr,
  validatePrivateName,
  zoneOf,
} from '@localplus/plugin-network-common';
import {
  buildPrivateDnsEndpoint,
  GitopsChange,
  NetworkWriteSettings,
  serviceClusterName,
} from '@localplus/plugin-network-node';
import type { AvailabilityCheck } from './availabilityChecks';
import type { DnsNameClaim } from './folderDnsCheck';
import { gitopsFiles } from './files';
import type { Problems } from './problems';
import type { ServiceTarget } from './service';

/** @public */
export interface PrivateDnsRequest {
  dnsName?: string;
  recordType: 'CNAME' | 'A';
  targets?: string[];
  ttl: number;
}

const HOST =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function validateTargets(
  recordType: string,
  targets: string[],
  problems: Problems,
): void {
  if (recordType === 'CNAME') {
    if (targets.length !== 1) {
      problems.add(
        `A CNAME record has exactly one target; got ${targets.length}.`,
      );
    }
    for (const target of targets) {
      if (!HOST.test(target)) {
        problems.add(
          `The CNAME target "${target}" is not a host name (lower-case labels separated by dots).`,
        );
      }
    }
  } else if (recordType === 'A') {
    if (targets.length === 0) {
      problems.add('An A record needs at least one IPv4 address.');
    }
    for (const target of targets) {
      if (target.includes('/') || validateCidr(`${target}/32`)) {
        problems.add(`The A record target "${target}" is not an IPv4 address.`);
      }
    }
  } else {
    problems.add(
      `The record type "${recordType}" is not supported; use CNAME or A.`,
    );
  }
}

/** The private DNSEndpoint change and its availability question. */
export function privateDnsRun(
  target: ServiceTarget,
  request: PrivateDnsRequest,
  settings: NetworkWriteSettings,
  problems: Problems,
): {
  change: GitopsChange;
  checks: AvailabilityCheck[];
  dnsName: string;
  dnsNames: DnsNameClaim[];
} {
  const dnsName =
    request.dnsName ??
    defaultPrivateName(target.name, settings.zones.private) ??
    '';
  problems.add(validatePrivateName(dnsName, settings.zones.private));
  const targets = request.targets ?? [
    serviceClusterName(target.name, target.namespace),
  ];
  validateTargets(request.recordType, targets, problems);
  if (
    !Number.isInteger(request.ttl) ||
    request.ttl < 1 ||
    request.ttl > 172800
  ) {
    problems.add(
      `The TTL ${request.ttl} is out of range; use whole seconds from 1 to 172800.`,
    );
  }
  const file = gitopsFiles.privateDns(target.name);
  const record = buildPrivateDnsEndpoint({
    name: `${target.name}-private`,
    namespace: target.namespace,
    owner: target.entityRef,
    kubernetesId: target.name,
    dnsName,
    zone: zoneOf(dnsName, settings.zones.private) ?? '',
    recordType: request.recordType,
    targets,
    ttl: request.ttl,
  });
  return {
    change: {
      type: 'put-object',
      system: 'dns-private',
      file,
      object: record,
      owner: target.entityRef,
    },
    checks: [
      {
        system: 'dns-private',
        file,
        request: { dnsName, entityRef: target.entityRef },
      },
    ],
    dnsName,
    dnsNames: [{ name: dnsName, system: 'dns-private', file }],
  };
}
