import { tunnelRuleRef } from '../dns/recordRef';
import type { TunnelRule } from '../sources';
import {
  ResolvedTunnelTarget,
  describeTarget,
  resolveTunnelTarget,
} from '../tunnel/targets';
import { TunnelTable, isCatchAll } from '../tunnel/tunnelTable';
import type { Hop } from '../view';
import { World, tunnelFor } from '../world';
import { hop } from './verdicts';

/** Where the chain expects the tunnel to send the request. */
export type TunnelExpectation =
  | { kind: 'gateway'; namespace: string; name: string }
  | { kind: 'service'; namespace: string; name: string }
  | { kind: 'any' };

export interface TunnelHop {
  hop: Hop;
  table?: TunnelTable;
  rule?: TunnelRule;
  target?: ResolvedTunnelTarget;
}

function meets(
  target: ResolvedTunnelTarget,
  expected: TunnelExpectation,
): boolean {
  if (expected.kind === 'any')
    return target.kind === 'gateway' || target.kind === 'service';
  return (
    target.kind === expected.kind &&
    target.namespace === expected.namespace &&
    target.name === expected.name
  );
}

function ruleTitle(rule: TunnelRule): string {
  const where = `${rule.hostname ?? '*'}${rule.path ? ` ${rule.path}` : ''}`;
  return `tunnel rule #${rule.position} ${where} → ${rule.service}`;
}

/** cloudflared: the first rule matching host and path wins, and must lead where the chain goes. */
export function tunnelHop(
  world: World,
  host: string,
  path: string,
  tunnelId: string | undefined,
  expected: TunnelExpectation,
): TunnelHop {
  const table = tunnelFor(world, tunnelId);
  if (!table) {
    const reason = tunnelId
      ? `the configuration of tunnel ${tunnelId} is in no source (neither a cloudflared ConfigMap nor Cloudflare)`
      : 'no tunnel configuration is in any source';
    return {
      hop: hop('tunnel', `tunnel ${tunnelId ?? ''}`.trim(), 'unknown', reason),
    };
  }
  const rule = table.firstMatch(host, path);
  if (!rule) {
    return {
      table,
      hop: hop(
        'tunnel',
        `tunnel ${table.tunnel.tunnelId}`,
        'broken',
        `no rule of tunnel ${table.tunnel.tunnelId} matches ${host}${path}, and it has no catch-all`,
      ),
    };
  }
  const ref = tunnelRuleRef(table.tunnel, rule);
  const target = resolveTunnelTarget(world, rule);
  if (isCatchAll(rule)) {
    return {
      table,
      rule,
      target,
      hop: hop(
        'tunnel',
        ruleTitle(rule),
        'broken',
        `no tunnel rule serves ${host}${path}: the catch-all (${rule.service}) answers`,
        ref,
      ),
    };
  }
  if (!meets(target, expected)) {
    const wanted =
      expected.kind === 'any'
        ? 'the cluster'
        : `${expected.kind === 'gateway' ? 'Gateway' : 'Service'} ${
            expected.namespace
          }/${expected.name}`;
    return {
      table,
      rule,
      target,
      hop: hop(
        'tunnel',
        ruleTitle(rule),
        'broken',
        `rule #${
          rule.position
        } matches ${host}${path} first and sends it to ${describeTarget(
          target,
        )}, not to ${wanted}`,
        ref,
      ),
    };
  }
  return {
    table,
    rule,
    target,
    hop: hop(
      'tunnel',
      ruleTitle(rule),
      'ok',
      `rule #${
        rule.position
      } is the first to match ${host}${path} and sends it to ${describeTarget(
        target,
      )}`,
      ref,
    ),
  };
}
