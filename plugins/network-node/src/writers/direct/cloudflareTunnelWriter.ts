import type Cloudflare from 'cloudflare';
import { ConflictError, ServiceUnavailableError } from '@backstage/errors';
import type { OwnedTunnelRule } from '../tunnelConfigParse';
import type { TunnelIngressRule } from '../tunnelRuleOrder';
import {
  canonicalTunnelRule,
  placeTunnelRule,
  sameRuleMatch,
} from '../tunnelRulePlacement';
import type { PlannedChange } from '../types';
import {
  DirectChange,
  DirectStepResult,
  DirectSystemWriter,
  TunnelLock,
  TunnelRuleOwners,
  tunnelRuleKey,
} from './types';

type RuleChange = Extract<DirectChange, { type: 'put-tunnel-rule' }>;
type RawRule = Record<string, unknown> & { service?: string };
type TunnelConfig = { ingress?: RawRule[]; [key: string]: unknown };

/** Re-applies after a write that another writer (outside our lock) undid at once. */
const MAX_WRITES = 3;

function normalise(raw: RawRule): TunnelIngressRule {
  // the API writes the catch-all with an empty hostname
  return {
    ...(raw.hostname ? { hostname: String(raw.hostname) } : {}),
    ...(raw.path ? { path: String(raw.path) } : {}),
    service: String(raw.service ?? ''),
    ...(raw.originRequest
      ? { originRequest: raw.originRequest as Record<string, unknown> }
      : {}),
  };
}

/**
 * The rules of a remotely managed tunnel, through the Cloudflare API (`GET`/`PUT
 * …/cfd_tunnel/<id>/configurations`). The PUT replaces the whole list and has no compare-and-swap,
 * so every write runs under a lock per tunnel shared by all replicas, re-reads the list inside it,
 * keeps foreign rules and the catch-all where they are, and checks afterwards that our rule is
 * there.
 *
 * @public
 */
export class CloudflareTunnelWriter implements DirectSystemWriter<RuleChange> {
  readonly #client: Cloudflare;
  readonly #accountId: string;
  readonly #lock: TunnelLock;
  readonly #owners: TunnelRuleOwners;

  constructor(options: {
    client: Cloudflare;
    accountId: string;
    lock: TunnelLock;
    owners: TunnelRuleOwners;
  }) {
    this.#client = options.client;
    this.#accountId = options.accountId;
    this.#lock = options.lock;
    this.#owners = options.owners;
  }

  async #read(tunnelId: string): Promise<TunnelConfig> {
    const answer =
      await this.#client.zeroTrust.tunnels.cloudflared.configurations.get(
        tunnelId,
        { account_id: this.#accountId },
      );
    return (answer.config ?? {}) as TunnelConfig;
  }

  async #write(tunnelId: string, config: TunnelConfig): Promise<void> {
    await this.#client.zeroTrust.tunnels.cloudflared.configurations.update(
      tunnelId,
      // the SDK types a rule's hostname as required; the catch-all has none
      { account_id: this.#accountId, config: config as never },
    );
  }

  /** The tunnel's rules with the owners the suite recorded. */
  async rules(tunnelId: string): Promise<OwnedTunnelRule[]> {
    return this.#owned(tunnelId, await this.#read(tunnelId));
  }

  async #owned(
    tunnelId: string,
    config: TunnelConfig,
  ): Promise<OwnedTunnelRule[]> {
    const owners = await this.#owners.list(tunnelId);
    return (config.ingress ?? []).map(raw => {
      const rule = normalise(raw);
      const owner = owners.get(tunnelRuleKey(rule));
      return owner ? { ...rule, owner } : rule;
    });
  }

  #line(
    change: RuleChange,
    action: PlannedChange['action'],
    reason?: string,
  ): PlannedChange {
    return {
      system: 'tunnel',
      target: 'direct',
      action,
      file: `cloudflare:tunnel/${change.tunnelId}`,
      object: { kind: 'TunnelRule', name: change.rule.hostname ?? '*' },
      ...(reason ? { reason } : {}),
      manifest: change.rule as unknown as Record<string, unknown>,
    };
  }

  async plan(change: RuleChange): Promise<PlannedChange> {
    const rules = await this.rules(change.tunnelId);
    const placement = placeTunnelRule(rules, change.rule, change.owner);
    return placement.action === 'conflict'
      ? this.#line(change, 'conflict', placement.reason)
      : this.#line(change, placement.action);
  }

  apply(change: RuleChange): Promise<DirectStepResult> {
    const { tunnelId, rule, owner } = change;
    const key = tunnelRuleKey(rule);
    return this.#lock.withLock(tunnelId, async () => {
      let action: PlannedChange['action'] | undefined;
      for (let write = 0; write < MAX_WRITES; write++) {
        const config = await this.#read(tunnelId);
        const rules = await this.#owned(tunnelId, config);
        const placement = placeTunnelRule(rules, rule, owner);
        if (placement.action === 'conflict') {
          throw new ConflictError(placement.reason);
        }
        // the first placement says what this run does; later ones only repair
        action ??= placement.action;
        if (placement.action === 'unchanged') {
          return this.#result(change, action);
        }
        const ingress = [...(config.ingress ?? [])];
        ingress.splice(
          placement.position,
          placement.action === 'update' ? 1 : 0,
          { ...rule } as RawRule,
        );
        // recorded first: a rule written without its owner would read as foreign to our re-run
        await this.#owners.set(tunnelId, key, owner);
        try {
          await this.#write(tunnelId, { ...config, ingress });
        } catch (error) {
          if (placement.action === 'create') {
            await this.#owners.remove(tunnelId, key);
          }
          throw error;
        }
        const after = (await this.#read(tunnelId)).ingress ?? [];
        if (
          after.some(
            r =>
              canonicalTunnelRule(normalise(r)) === canonicalTunnelRule(rule),
          )
        ) {
          return this.#result(change, action);
        }
      }
      throw new ServiceUnavailableError(
        `The rule for ${rule.hostname} kept disappearing from tunnel ${tunnelId}: another tool rewrites its configuration; stop it and run again`,
      );
    });
  }

  #result(
    change: RuleChange,
    action: PlannedChange['action'],
  ): DirectStepResult {
    return {
      planned: this.#line(change, action),
      ...(action === 'create'
        ? {
            undo: async () => {
              await this.remove(change.tunnelId, change.rule, change.owner);
            },
          }
        : {}),
    };
  }

  /** Removes `owner`'s rule for the same hostname and path, if there is one. */
  remove(
    tunnelId: string,
    rule: TunnelIngressRule,
    owner: string,
  ): Promise<boolean> {
    return this.#lock.withLock(tunnelId, async () => {
      const config = await this.#read(tunnelId);
      const rules = await this.#owned(tunnelId, config);
      const index = rules.findIndex(
        r => sameRuleMatch(r, rule) && r.owner === owner,
      );
      if (index >= 0) {
        const ingress = [...(config.ingress ?? [])];
        ingress.splice(index, 1);
        await this.#write(tunnelId, { ...config, ingress });
      }
      const key = tunnelRuleKey(rule);
      if ((await this.#owners.list(tunnelId)).get(key) === owner) {
        await this.#owners.remove(tunnelId, key);
      }
      return index >= 0;
    });
  }
}
