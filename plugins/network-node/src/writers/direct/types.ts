import type { KubernetesObject } from '../../manifests/types';
import type { TunnelIngressRule } from '../tunnelRuleOrder';
import type { PlannedChange } from '../types';

/**
 * One change the `direct` target makes through a provider API.
 *
 * @public
 */
export type DirectChange =
  | {
      /** Server-side apply of a whole object we own (route, policy, workload). */
      type: 'apply-object';
      system: 'httproute' | 'policy' | 'workload';
      object: KubernetesObject;
      owner: string;
    }
  | {
      /** A rule of a remotely managed tunnel, through the Cloudflare API. */
      type: 'put-tunnel-rule';
      system: 'tunnel';
      tunnelId: string;
      rule: TunnelIngressRule;
      owner: string;
    }
  | {
      /** A proxied CNAME in a Cloudflare zone, owned through its comment. */
      type: 'put-public-record';
      system: 'dns-public';
      name: string;
      target: string;
      proxied: boolean;
      owner: string;
    }
  | {
      /** A record in a Route53 private zone, owned through a TXT record beside it. */
      type: 'put-private-record';
      system: 'dns-private';
      name: string;
      recordType: 'CNAME' | 'A';
      values: string[];
      ttl: number;
      owner: string;
    };

/**
 * What applying one change did, and how to take it back when a later change of the same run
 * fails: only what this run created is undone; updates are left for a re-run to converge.
 *
 * @public
 */
export interface DirectStepResult {
  planned: PlannedChange;
  undo?: () => Promise<void>;
}

/** One provider's part of the direct target. @public */
export interface DirectSystemWriter<C extends DirectChange> {
  plan(change: C): Promise<PlannedChange>;
  apply(change: C): Promise<DirectStepResult>;
}

/**
 * Serialises the writes to one tunnel's configuration across every backend replica: the
 * Cloudflare API replaces the whole rule list and has no compare-and-swap.
 *
 * @public
 */
export interface TunnelLock {
  withLock<T>(tunnelId: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * Who owns which rule of a remotely managed tunnel: the API keeps no metadata on rules, so the
 * suite records its own rules (by hostname and path) beside the lock.
 *
 * @public
 */
export interface TunnelRuleOwners {
  /** Owner by {@link tunnelRuleKey}, for the rules of one tunnel. */
  list(tunnelId: string): Promise<Map<string, string>>;
  set(tunnelId: string, key: string, owner: string): Promise<void>;
  remove(tunnelId: string, key: string): Promise<void>;
}

/** The identity of a rule in a tunnel: hostname and path. @public */
export function tunnelRuleKey(rule: TunnelIngressRule): string {
  return `${rule.hostname ?? ''} ${rule.path ?? ''}`;
}
