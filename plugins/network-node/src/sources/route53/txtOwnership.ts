import type { DnsRecord } from '@localplus/plugin-network-common';
import { parseOwnershipComment } from '../cloudflare/ownershipComment';

const QUOTED_CHUNK = /"((?:[^"\\]|\\.)*)"/g;

/**
 * The text of a TXT value. Providers store it as one or more quoted strings of
 * at most 255 characters (`"abc" "def"`); unquoted values are kept as they are.
 *
 * @public
 */
export function unquoteTxtValue(value: string): string {
  const chunks = [...value.matchAll(QUOTED_CHUNK)].map(m =>
    m[1].replace(/\\(.)/g, '$1'),
  );
  return chunks.length ? chunks.join('') : value;
}

function parseExternalDnsLabels(text: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq > 0) {
      labels.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  return labels;
}

/**
 * Who a TXT ownership record names: the external-dns owner id of a registry
 * record (`heritage=external-dns,external-dns/owner=<id>,…`), or the entity ref
 * of the suite's own marker (`managed-by=backstage owner=<ref>`).
 *
 * @public
 */
export function parseTxtOwner(value: string): string | undefined {
  const text = unquoteTxtValue(value);
  const labels = parseExternalDnsLabels(text);
  if (labels.get('heritage') === 'external-dns') {
    return labels.get('external-dns/owner') || undefined;
  }
  return parseOwnershipComment(text);
}

/**
 * Where the TXT ownership record of a record lives, preferred first: the name
 * with the lower-case type prefixed to its first label (`cname-app.zone`,
 * external-dns's current registry format, also used by the suite), then the
 * name itself (external-dns's old format, shared by every type at the name).
 *
 * @public
 */
export function ownershipTxtNames(name: string, type: string): string[] {
  return [`${type.toLowerCase()}-${name}`, name];
}

/**
 * Gives each record without an owner the owner its TXT ownership record names.
 * A TXT record that is itself an ownership record gets the owner it names.
 * Only records of the same zone are consulted, as external-dns does.
 *
 * @public
 */
export function assignTxtOwners(records: DnsRecord[]): DnsRecord[] {
  const txtOwners = new Map<string, string>();
  for (const record of records) {
    if (record.type !== 'TXT') {
      continue;
    }
    const owner = record.values
      .map(parseTxtOwner)
      .find((o): o is string => !!o);
    if (owner) {
      txtOwners.set(`${record.zone}|${record.name}`, owner);
    }
  }
  return records.map(record => {
    if (record.owner) {
      return record;
    }
    const names =
      record.type === 'TXT'
        ? [record.name]
        : ownershipTxtNames(record.name, record.type);
    const owner = names
      .map(name => txtOwners.get(`${record.zone}|${name}`))
      .find((o): o is string => !!o);
    return owner ? { ...record, owner } : record;
  });
}
