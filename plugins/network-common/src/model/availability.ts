/*
 * "May I use this hostname + path / DNS name?" for the wizard and the scaffolder actions, answered
 * from the index before anything is written.
 */
import type { AvailabilityRequest } from '../api';
import { normalizeEntityRef } from './bindings';
import { tunnelIdOfRecord } from './dns/dnsIndex';
import { dnsRecordRef, tunnelRuleRef } from './dns/recordRef';
import { publicGateways } from './chains/routeChains';
import { pathPrefixMatches } from './gateway/routes';
import { isWithinZone, normalizeDnsName } from './names';
import { objectKey } from './objects';
import type { Relations } from './relations';
import type { DnsRecord } from './sources';
import { describeTarget, resolveTunnelTarget } from './tunnel/targets';
import { isCatchAll } from './tunnel/tunnelTable';
import type { AvailabilityResult } from './view';
import type { World } from './world';

type Conflict = AvailabilityResult['conflicts'][number];

const zoneRef = (zones: string[]) => ({
  kind: 'DNSZone',
  name: zones.join(', '),
  source: 'config',
});

function withEntity(
  conflict: Omit<Conflict, 'entityRef'>,
  entities: Iterable<string> | undefined,
): Conflict {
  const first = entities ? [...entities][0] : undefined;
  return first ? { ...conflict, entityRef: first } : conflict;
}

function routeConflicts(
  world: World,
  relations: Relations,
  host: string,
  path: string,
  mine: (refs?: Iterable<string>) => boolean,
): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const gateway of publicGateways(world)) {
    for (const entry of world.routeTable.candidates(gateway, host)) {
      const { type, value } = entry.match.path;
      const taken =
        (type === 'Exact' &&
          value.replace(/\/+$/, '') === path.replace(/\/+$/, '')) ||
        (type === 'PathPrefix' && pathPrefixMatches(value, path));
      if (!taken) continue;
      const entities = relations.objectEntities.get(
        objectKey(entry.route.sourced.object),
      );
      if (mine(entities)) continue;
      conflicts.push(
        withEntity(
          {
            reason: `${host}${path} is already routed by HTTPRoute ${entry.route.namespace}/${entry.route.name} (${type} ${value} on ${entry.hostname})`,
            object: entry.route.ref,
          },
          entities,
        ),
      );
    }
  }
  return conflicts;
}

function tunnelConflicts(
  world: World,
  relations: Relations,
  host: string,
  path: string,
  mine: (refs?: Iterable<string>) => boolean,
): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const table of world.tunnels) {
    const rule = table.firstMatch(host, path);
    if (!rule || isCatchAll(rule)) continue;
    const target = resolveTunnelTarget(world, rule);
    // A rule to the Gateway is shared: the routes behind it decide (checked above).
    if (target.kind === 'gateway') continue;
    const entities = relations.ruleEntities.get(rule);
    if (mine(entities)) continue;
    const exact = rule.hostname === host && !rule.path;
    conflicts.push(
      withEntity(
        {
          reason: exact
            ? `tunnel hostname ${host} is already served by rule #${
                rule.position
              } → ${describeTarget(target)}`
            : `a new tunnel rule for ${host}${path} would be shadowed by rule #${
                rule.position
              } (${rule.hostname ?? '*'} ${rule.path ?? ''}) → ${describeTarget(
                target,
              )}`.replace(/ {2}/g, ' '),
          object: tunnelRuleRef(table.tunnel, rule),
        },
        entities,
      ),
    );
  }
  return conflicts;
}

function recordConflicts(
  world: World,
  relations: Relations,
  records: DnsRecord[],
  mine: (refs?: Iterable<string>) => boolean,
  allowTunnel: boolean,
): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const record of records) {
    const owners = world.resolver.entitiesForOwner(record.owner);
    if (mine(owners)) continue;
    // The shared CNAME to the tunnel (api.localplus.io) serves every route on that name.
    if (allowTunnel && tunnelIdOfRecord(record)) continue;
    const claimed =
      owners.length > 0 ? owners : relations.recordEntities.get(record);
    conflicts.push(
      withEntity(
        {
          reason: `DNS name ${record.name} already exists (${
            record.type
          } → ${record.values.join(', ')}) and is owned by ${
            owners[0] ?? record.owner ?? 'no one we know'
          }`,
          object: dnsRecordRef(record),
        },
        claimed,
      ),
    );
  }
  return conflicts;
}

export function checkAvailability(
  world: World,
  relations: Relations,
  request: AvailabilityRequest,
): AvailabilityResult {
  const asker = request.entityRef
    ? normalizeEntityRef(request.entityRef)
    : undefined;
  const mine = (refs?: Iterable<string>) =>
    !!asker &&
    !!refs &&
    [...refs].some(ref => normalizeEntityRef(ref) === asker);
  const conflicts: Conflict[] = [];

  if (request.hostname) {
    const host = normalizeDnsName(request.hostname);
    const path = request.path || '/';
    const zones = world.options.zones.public;
    if (!zones.some(zone => isWithinZone(host, zone))) {
      conflicts.push({
        reason: `${host} is outside the public zones (${zones.join(', ')})`,
        object: zoneRef(zones),
      });
    }
    conflicts.push(...routeConflicts(world, relations, host, path, mine));
    conflicts.push(...tunnelConflicts(world, relations, host, path, mine));
    conflicts.push(
      ...recordConflicts(world, relations, world.dns.exact(host), mine, true),
    );
  }
  if (request.dnsName) {
    const name = normalizeDnsName(request.dnsName);
    const zones = world.options.zones.private;
    if (!zones.some(zone => isWithinZone(name, zone))) {
      conflicts.push({
        reason: `${name} is outside the private zones (${zones.join(', ')})`,
        object: zoneRef(zones),
      });
    }
    conflicts.push(
      ...recordConflicts(world, relations, world.dns.exact(name), mine, false),
    );
  }
  return { available: conflicts.length === 0, conflicts };
}
