import type { DnsRecord } from '../sources';

const TUNNEL_SUFFIX = '.cfargotunnel.com';

/** The tunnel id of a `<id>.cfargotunnel.com` target, else undefined. */
export function tunnelIdOfTarget(value: string): string | undefined {
  return value.endsWith(TUNNEL_SUFFIX)
    ? value.slice(0, -TUNNEL_SUFFIX.length)
    : undefined;
}

/** The tunnel a record sends its name to, when it is a CNAME to one. */
export function tunnelIdOfRecord(record: DnsRecord): string | undefined {
  if (record.type !== 'CNAME') return undefined;
  for (const value of record.values) {
    const id = tunnelIdOfTarget(value);
    if (id) return id;
  }
  return undefined;
}

/** Records by name, with DNS wildcard lookup. */
export class DnsIndex {
  private readonly byName = new Map<string, DnsRecord[]>();

  constructor(readonly records: readonly DnsRecord[]) {
    for (const record of records) {
      const list = this.byName.get(record.name) ?? [];
      if (list.length === 0) this.byName.set(record.name, list);
      list.push(record);
    }
  }

  exact(name: string): DnsRecord[] {
    return this.byName.get(name) ?? [];
  }

  /**
   * The records that answer for a name: its own, else those of the closest enclosing wildcard
   * (`*.example.com` answers `a.b.example.com` when nothing closer exists).
   */
  resolve(name: string, visibility?: DnsRecord['visibility']): DnsRecord[] {
    const keep = (records: DnsRecord[]) =>
      visibility ? records.filter(r => r.visibility === visibility) : records;
    const own = keep(this.exact(name));
    if (own.length > 0) return own;
    const labels = name.split('.');
    for (let i = 1; i < labels.length - 1; i++) {
      const parent = labels.slice(i).join('.');
      const wildcard = keep(this.exact(`*.${parent}`));
      if (wildcard.length > 0) return wildcard;
      // A name that exists is the closest encloser: wildcards above it no longer apply.
      if (keep(this.exact(parent)).length > 0) return [];
    }
    return [];
  }
}
