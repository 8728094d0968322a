import {
  Change,
  ChangeResourceRecordSetsCommand,
  ResourceRecordSet,
  Route53Client,
  waitUntilResourceRecordSetsChanged,
} from '@aws-sdk/client-route-53';
import { ConflictError } from '@backstage/errors';
import { formatOwnershipComment } from '../../sources/cloudflare/ownershipComment';
import { normaliseRecordValue } from '../../sources/route53/normaliseDnsName';
import {
  ownershipTxtNames,
  parseTxtOwner,
} from '../../sources/route53/txtOwnership';
import type { PlannedChange } from '../types';
import { Route53PrivateZones } from './route53Zones';
import type {
  DirectChange,
  DirectStepResult,
  DirectSystemWriter,
} from './types';

type RecordChange = Extract<DirectChange, { type: 'put-private-record' }>;

/** How long to wait for a change to reach every Route53 server (`INSYNC`). @public */
export interface Route53SyncWait {
  minDelaySeconds: number;
  maxDelaySeconds: number;
  maxWaitSeconds: number;
}

interface Decision {
  zone: { id: string; name: string };
  line: PlannedChange;
  changes: Change[];
  /** What to delete to take a create back, exactly as written. */
  created: ResourceRecordSet[];
}

const ALREADY_EXISTS = /but it already exists/;

/**
 * Records in Route53 private zones, each with a TXT record beside it (`cname-<name>`, as
 * external-dns's registry) saying `managed-by=backstage owner=<ref>`. A new name is written with
 * CREATE, which fails rather than overwrite; UPSERT only replaces a record our TXT marks as ours.
 * Record and marker go in one change batch, so Route53 applies both or neither.
 *
 * @public
 */
export class Route53PrivateDnsWriter
  implements DirectSystemWriter<RecordChange>
{
  readonly #client: Route53Client;
  readonly #zones: Route53PrivateZones;
  readonly #wait?: Route53SyncWait;

  constructor(options: {
    client: Route53Client;
    /** The private zones names may be in (`network.zones.private`). */
    zones: string[];
    hostedZoneIds?: string[];
    /** Wait for INSYNC after each change; off when absent. */
    waitForSync?: Route53SyncWait;
  }) {
    this.#client = options.client;
    this.#zones = new Route53PrivateZones(options);
    this.#wait = options.waitForSync;
  }

  #line(
    change: RecordChange,
    zone: string,
    action: PlannedChange['action'],
    reason?: string,
  ): PlannedChange {
    return {
      system: 'dns-private',
      target: 'direct',
      action,
      file: `route53:zone/${zone}`,
      object: { kind: 'DNSRecord', name: change.name },
      ...(reason ? { reason } : {}),
      manifest: {
        type: change.recordType,
        name: change.name,
        values: change.values,
        ttl: change.ttl,
      },
    };
  }

  /** The TXT owner markers of `types` at `name`, by type. */
  async #markers(
    zoneId: string,
    name: string,
    types: string[],
  ): Promise<Map<string, ResourceRecordSet>> {
    const markers = new Map<string, ResourceRecordSet>();
    for (const type of types) {
      const txtName = ownershipTxtNames(name, type)[0];
      const txt = (await this.#zones.setsAt(zoneId, txtName)).find(
        s => s.Type === 'TXT',
      );
      if (txt) {
        markers.set(type, txt);
      }
    }
    return markers;
  }

  async #decide(change: RecordChange): Promise<Decision> {
    const zone = await this.#zones.zoneOf(change.name);
    const line = (action: PlannedChange['action'], reason?: string) =>
      this.#line(change, zone.name, action, reason);
    const atName = await this.#zones.setsAt(zone.id, change.name);
    const records = atName.filter(s => s.Type !== 'TXT');
    const types = [
      ...new Set([change.recordType, ...records.map(s => s.Type!)]),
    ];
    const markers = await this.#markers(zone.id, change.name, types);
    // external-dns's older format keeps the marker at the name itself
    const owners = [
      ...markers.values(),
      ...atName.filter(s => s.Type === 'TXT'),
    ]
      .flatMap(s => s.ResourceRecords ?? [])
      .map(r => parseTxtOwner(r.Value ?? ''))
      .filter((o): o is string => !!o);
    const foreign = owners.find(o => o !== change.owner);
    if (foreign || (records.length > 0 && !owners.includes(change.owner))) {
      const what = records[0]?.Type
        ? `a ${records[0].Type} record`
        : 'a TXT owner record';
      const by = foreign ? `owned by ${foreign}` : 'not managed by Backstage';
      return {
        zone,
        line: line(
          'conflict',
          `${change.name} already has ${what} in Route53 (${by})`,
        ),
        changes: [],
        created: [],
      };
    }
    const record: ResourceRecordSet = {
      Name: change.name,
      Type: change.recordType,
      TTL: change.ttl,
      ResourceRecords: change.values.map(Value => ({ Value })),
    };
    const marker: ResourceRecordSet = {
      Name: ownershipTxtNames(change.name, change.recordType)[0],
      Type: 'TXT',
      TTL: change.ttl,
      ResourceRecords: [{ Value: `"${formatOwnershipComment(change.owner)}"` }],
    };
    const newMarker = markers.has(change.recordType) ? [] : [marker];
    if (records.length === 0) {
      const created = [record, ...newMarker];
      return {
        zone,
        line: line('create'),
        changes: created.map(set => ({
          Action: 'CREATE',
          ResourceRecordSet: set,
        })),
        created,
      };
    }
    const current = records.find(s => s.Type === change.recordType);
    const values = (sets: string[]) =>
      JSON.stringify(
        sets.map(v => normaliseRecordValue(change.recordType, v)).sort(),
      );
    if (
      current?.TTL === change.ttl &&
      values((current.ResourceRecords ?? []).map(r => r.Value ?? '')) ===
        values(change.values)
    ) {
      return { zone, line: line('unchanged'), changes: [], created: [] };
    }
    // ours, but of another type (A → CNAME): swapped, with its marker, in one atomic batch
    const replaced = records
      .filter(s => s.Type !== change.recordType)
      .flatMap(s => [s, markers.get(s.Type!)])
      .filter((s): s is ResourceRecordSet => !!s)
      .map(s => ({ Action: 'DELETE' as const, ResourceRecordSet: s }));
    return {
      zone,
      line: line('update'),
      changes: [
        ...replaced,
        { Action: 'UPSERT', ResourceRecordSet: record },
        ...newMarker.map(set => ({
          Action: 'CREATE' as const,
          ResourceRecordSet: set,
        })),
      ],
      created: [],
    };
  }

  async plan(change: RecordChange): Promise<PlannedChange> {
    return (await this.#decide(change)).line;
  }

  async apply(change: RecordChange): Promise<DirectStepResult> {
    const decision = await this.#decide(change);
    const { zone, line, changes, created } = decision;
    if (line.action === 'conflict') {
      throw new ConflictError(line.reason);
    }
    if (changes.length === 0) {
      return { planned: line };
    }
    try {
      await this.#send(zone.id, changes, `${change.owner}: ${change.name}`);
    } catch (error) {
      const retriedCreate =
        (error as Error)?.name === 'InvalidChangeBatch' &&
        ALREADY_EXISTS.test((error as Error).message);
      // a create whose first attempt went through before its answer was lost
      if (
        !retriedCreate ||
        (await this.#decide(change)).line.action !== 'unchanged'
      ) {
        if (retriedCreate) {
          throw new ConflictError(
            `${change.name} got a record in Route53 while this run was writing it; nothing was overwritten`,
          );
        }
        throw error;
      }
    }
    return {
      planned: line,
      ...(created.length > 0
        ? {
            undo: () =>
              this.#send(
                zone.id,
                created.map(set => ({
                  Action: 'DELETE',
                  ResourceRecordSet: set,
                })),
                `undo ${change.name}`,
              ),
          }
        : {}),
    };
  }

  async #send(zoneId: string, changes: Change[], comment: string) {
    const answer = await this.#client.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        ChangeBatch: { Changes: changes, Comment: comment.slice(0, 256) },
      }),
    );
    if (this.#wait && answer.ChangeInfo?.Id) {
      await waitUntilResourceRecordSetsChanged(
        {
          client: this.#client,
          minDelay: this.#wait.minDelaySeconds,
          maxDelay: this.#wait.maxDelaySeconds,
          maxWaitTime: this.#wait.maxWaitSeconds,
        },
        { Id: answer.ChangeInfo.Id },
      );
    }
  }
}
