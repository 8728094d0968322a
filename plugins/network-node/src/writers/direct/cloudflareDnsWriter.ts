import type Cloudflare from 'cloudflare';
import { APIError } from 'cloudflare';
import { ConflictError, InputError } from '@backstage/errors';
import { zoneOf } from '@localplus/plugin-network-common';
import { listAll } from '../../sources/cloudflare/cloudflareEnvelope';
import {
  formatOwnershipComment,
  parseOwnershipComment,
} from '../../sources/cloudflare/ownershipComment';
import type { PlannedChange } from '../types';
import type {
  DirectChange,
  DirectStepResult,
  DirectSystemWriter,
} from './types';

type RecordChange = Extract<DirectChange, { type: 'put-public-record' }>;

interface LiveRecord {
  id: string;
  type: string;
  content?: string;
  proxied?: boolean;
  comment?: string | null;
}

/** "already exists" answers of the DNS API: another writer got there first. */
const TAKEN_CODES = new Set([81053, 81054, 81057, 81058]);

function takenBy(error: unknown): boolean {
  return (
    error instanceof APIError &&
    ((error.errors ?? []) as Array<{ code?: number }>).some(e =>
      TAKEN_CODES.has(e.code ?? 0),
    )
  );
}

/**
 * Public records in Cloudflare zones: a proxied CNAME per hostname, its owner in the record's
 * `comment` (`managed-by=backstage owner=<ref>`). A record without our mark, or with another
 * owner, is never touched.
 *
 * @public
 */
export class CloudflarePublicDnsWriter
  implements DirectSystemWriter<RecordChange>
{
  readonly #client: Cloudflare;
  readonly #accountId: string;
  readonly #zones: Array<{ name: string; id?: string }>;
  readonly #zoneIds = new Map<string, string>();

  constructor(options: {
    client: Cloudflare;
    accountId: string;
    zones: Array<{ name: string; id?: string }>;
  }) {
    this.#client = options.client;
    this.#accountId = options.accountId;
    this.#zones = options.zones;
  }

  async #zone(hostname: string): Promise<{ name: string; id: string }> {
    const name = zoneOf(
      hostname,
      this.#zones.map(z => z.name),
    );
    if (!name) {
      throw new InputError(
        `${hostname} is in none of the Cloudflare zones configured in network.cloudflare.zones`,
      );
    }
    let id =
      this.#zoneIds.get(name) ?? this.#zones.find(z => z.name === name)?.id;
    if (!id) {
      const found = await listAll(
        this.#client.zones.list({
          name,
          account: { id: this.#accountId },
        }),
        `the zone lookup of ${name}`,
      );
      id = found.find(z => z.name === name)?.id;
      if (!id) {
        throw new InputError(
          `Cloudflare zone ${name} is not in account ${
            this.#accountId
          }, or the token cannot see it`,
        );
      }
    }
    this.#zoneIds.set(name, id);
    return { name, id };
  }

  async #live(zoneId: string, hostname: string): Promise<LiveRecord[]> {
    return (await listAll(
      this.#client.dns.records.list({
        zone_id: zoneId,
        name: { exact: hostname },
      }),
      `the records of ${hostname}`,
    )) as LiveRecord[];
  }

  #line(
    change: RecordChange,
    zone: string,
    action: PlannedChange['action'],
    reason?: string,
  ): PlannedChange {
    return {
      system: 'dns-public',
      target: 'direct',
      action,
      file: `cloudflare:zone/${zone}`,
      object: { kind: 'DNSRecord', name: change.name },
      ...(reason ? { reason } : {}),
      manifest: {
        type: 'CNAME',
        name: change.name,
        content: change.target,
        proxied: change.proxied,
        comment: formatOwnershipComment(change.owner),
      },
    };
  }

  async #decide(change: RecordChange) {
    const zone = await this.#zone(change.name);
    const records = await this.#live(zone.id, change.name);
    const foreign = records.find(
      r => parseOwnershipComment(r.comment) !== change.owner,
    );
    if (foreign) {
      const owner = parseOwnershipComment(foreign.comment);
      return {
        zone,
        line: this.#line(
          change,
          zone.name,
          'conflict',
          `${change.name} already has a ${foreign.type} record in Cloudflare (${
            owner ? `owned by ${owner}` : 'not managed by Backstage'
          })`,
        ),
      };
    }
    const ours = records.find(r => r.type === 'CNAME');
    if (!ours) {
      return { zone, line: this.#line(change, zone.name, 'create') };
    }
    const same =
      ours.content === change.target && ours.proxied === change.proxied;
    return {
      zone,
      ours,
      line: this.#line(change, zone.name, same ? 'unchanged' : 'update'),
    };
  }

  async plan(change: RecordChange): Promise<PlannedChange> {
    return (await this.#decide(change)).line;
  }

  async apply(change: RecordChange): Promise<DirectStepResult> {
    const { zone, ours, line } = await this.#decide(change);
    const body = {
      zone_id: zone.id,
      type: 'CNAME' as const,
      name: change.name,
      content: change.target,
      proxied: change.proxied,
      // proxied records are always "auto"
      ttl: 1 as const,
      comment: formatOwnershipComment(change.owner),
    };
    if (line.action === 'conflict') {
      throw new ConflictError(line.reason);
    }
    if (line.action === 'unchanged') {
      return { planned: line };
    }
    if (ours) {
      await this.#client.dns.records.update(ours.id, body);
      return { planned: line };
    }
    let created: { id: string };
    try {
      created = await this.#client.dns.records.create(body);
    } catch (error) {
      if (!takenBy(error)) {
        throw error;
      }
      // a retried create whose first attempt went through finds its own record
      const mine = (await this.#live(zone.id, change.name)).find(
        r =>
          r.type === 'CNAME' &&
          parseOwnershipComment(r.comment) === change.owner,
      );
      if (!mine) {
        throw new ConflictError(
          `${change.name} got a record in Cloudflare while this run was writing it; nothing was overwritten`,
        );
      }
      created = mine;
    }
    return {
      planned: line,
      undo: async () => {
        await this.#client.dns.records.delete(created.id, { zone_id: zone.id });
      },
    };
  }
}
