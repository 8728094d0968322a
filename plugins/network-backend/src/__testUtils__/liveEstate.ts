import {
  dnsRecordsFromDnsEndpoint,
  type DnsRecord,
  type KubernetesObject,
} from '@localplus/plugin-network-common';
import { readManifestFolder } from '@localplus/plugin-network-node';
import type {
  CloudflareApiServer,
  Route53ApiServer,
} from '@localplus/plugin-network-node/testing';
import { exampleGitOpsPath } from './exampleEstate';

/** What the providers hold once ArgoCD and external-dns have done their work. */
export interface LiveEstate {
  /** What the cluster serves, namespaces first (the API server refuses objects in a missing one). */
  objects: KubernetesObject[];
  /** Records external-dns published to Cloudflare. */
  publicRecords: DnsRecord[];
  /** Records external-dns published to the private Route53 zone. */
  privateRecords: DnsRecord[];
}

/** Namespaces first: the API server refuses objects in a namespace it does not know. */
export function namespacesFirst(
  objects: KubernetesObject[],
): KubernetesObject[] {
  return [
    ...objects.filter(o => o.kind === 'Namespace'),
    ...objects.filter(o => o.kind !== 'Namespace'),
  ];
}

/** The records a set of objects asks external-dns for, split by where they are published. */
export function publishedRecords(objects: KubernetesObject[]) {
  const records = objects.flatMap(object =>
    dnsRecordsFromDnsEndpoint(object, { source: 'external-dns' }, {}),
  );
  return {
    publicRecords: records.filter(r => r.provider === 'cloudflare'),
    privateRecords: records.filter(r => r.provider === 'route53'),
  };
}

/** The example estate (`examples/gitops`) as the live systems hold it, in sync with GitOps. */
export async function exampleLiveEstate(): Promise<LiveEstate> {
  const { manifests, problems } = await readManifestFolder(exampleGitOpsPath());
  if (problems.length > 0) {
    throw new Error(
      `the example estate does not parse: ${problems
        .map(p => p.message)
        .join('; ')}`,
    );
  }
  const objects = namespacesFirst(manifests.map(m => m.object));
  return { objects, ...publishedRecords(objects) };
}

/**
 * external-dns's TXT registry value: which external-dns instance owns the record and which
 * object asked for it.
 */
export function registryTxtValue(ownerId: string, resource: string): string {
  return `"heritage=external-dns,external-dns/owner=${ownerId},external-dns/resource=${resource}"`;
}

/**
 * external-dns publishes a TXT registry record beside every record it manages (`cname-<name>`,
 * its default `txt-prefix` of `%{record_type}-`), naming its own owner id.
 */
export function withTxtRegistry(
  estate: LiveEstate,
  ownerId = 'localplus-eks',
): LiveEstate {
  const registry = (records: DnsRecord[]) =>
    records.map(record => ({
      ...record,
      name: `${record.type.toLowerCase()}-${record.name}`,
      type: 'TXT',
      proxied: false,
      ttl: undefined,
      values: [registryTxtValue(ownerId, `crd/${record.name}`)],
    }));
  return {
    ...estate,
    publicRecords: [...estate.publicRecords, ...registry(estate.publicRecords)],
    privateRecords: [
      ...estate.privateRecords,
      ...registry(estate.privateRecords),
    ],
  };
}

/**
 * Publishes records to the fake Cloudflare zone (one API record per value, as Cloudflare keeps
 * them). `comment` gives a record its comment, e.g. the suite's ownership marker.
 */
export function seedCloudflareZone(
  server: CloudflareApiServer,
  zoneId: string,
  records: DnsRecord[],
  comment: (record: DnsRecord) => string | undefined = () => undefined,
): void {
  for (const record of records) {
    for (const content of record.values) {
      server.addDnsRecord(zoneId, {
        name: record.name,
        type: record.type,
        content,
        proxied: record.proxied ?? false,
        ttl: record.ttl,
        comment: comment(record) ?? null,
      });
    }
  }
}

type RecordSetType = Parameters<Route53ApiServer['addRecordSet']>[1]['Type'];

/** Publishes records to the fake Route53 zone as record sets. */
export function seedRoute53Zone(
  server: Route53ApiServer,
  zoneId: string,
  records: DnsRecord[],
): void {
  for (const record of records) {
    server.addRecordSet(zoneId, {
      Name: record.name,
      Type: record.type as RecordSetType,
      TTL: record.ttl ?? 300,
      ResourceRecords: record.values.map(Value => ({ Value })),
    });
  }
}
