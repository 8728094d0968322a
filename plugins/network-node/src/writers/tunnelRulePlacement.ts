import type { OwnedTunnelRule } from './tunnelConfigParse';
import {
  TunnelIngressRule,
  compareManagedRules,
  shadows,
} from './tunnelRuleOrder';

/** Where one rule goes in a tunnel's rule list, or why it cannot. @public */
export type TunnelRulePlacement =
  | { action: 'unchanged' | 'update' | 'create'; position: number }
  | { action: 'conflict'; reason: string };

/** `#3 (api.localplus.io path ^/v1 → https://…, owned by component:default/x)` */
export function describeTunnelRule(
  rule: OwnedTunnelRule,
  index: number,
): string {
  const where = `${rule.hostname ?? '*'}${
    rule.path ? ` path ${rule.path}` : ''
  }`;
  const owner = rule.owner
    ? `owned by ${rule.owner}`
    : 'not managed by Backstage';
  return `rule #${index + 1} (${where} → ${rule.service}, ${owner})`;
}

/** The fields cloudflared acts on, in a fixed order, for comparing rules. */
export function canonicalTunnelRule(rule: TunnelIngressRule): string {
  return JSON.stringify({
    hostname: rule.hostname,
    path: rule.path,
    service: rule.service,
    originRequest: rule.originRequest,
  });
}

/** Same hostname and path: the same rule, whatever it serves. */
export function sameRuleMatch(
  a: TunnelIngressRule,
  b: TunnelIngressRule,
): boolean {
  return a.hostname === b.hostname && (a.path ?? '') === (b.path ?? '');
}

/**
 * Decides where `rule` goes in `rules` (which end with the catch-all): in place when `owner`
 * already has a rule for the same hostname and path, otherwise among the managed rules just
 * before the catch-all, in {@link compareManagedRules} order. A rule someone else owns, or one an
 * earlier rule would shadow, is a conflict. Shared by the ConfigMap and the remote tunnel writers.
 *
 * @public
 */
export function placeTunnelRule(
  rules: OwnedTunnelRule[],
  rule: TunnelIngressRule,
  owner: string,
): TunnelRulePlacement {
  const catchAll = rules.length - 1;
  const existing = rules.findIndex(r => sameRuleMatch(r, rule));
  let position: number;
  let action: 'update' | 'create';
  if (existing >= 0) {
    const current = rules[existing];
    if (current.owner !== owner) {
      return {
        action: 'conflict',
        reason: `the tunnel already serves ${rule.hostname}${
          rule.path ? ` path ${rule.path}` : ''
        }: ${describeTunnelRule(current, existing)}`,
      };
    }
    if (canonicalTunnelRule(current) === canonicalTunnelRule(rule)) {
      return { action: 'unchanged', position: existing };
    }
    position = existing;
    action = 'update';
  } else {
    let tailStart = catchAll;
    while (tailStart > 0 && rules[tailStart - 1].owner) {
      tailStart--;
    }
    position = catchAll;
    for (let i = tailStart; i < catchAll; i++) {
      if (compareManagedRules(rule, rules[i]) < 0) {
        position = i;
        break;
      }
    }
    action = 'create';
  }
  const shadowedBy = rules.findIndex(
    (r, i) => i < position && shadows(r, rule),
  );
  if (shadowedBy >= 0) {
    return {
      action: 'conflict',
      reason: `a rule for ${rule.hostname}${
        rule.path ? ` path ${rule.path}` : ''
      } would never be used: ${describeTunnelRule(
        rules[shadowedBy],
        shadowedBy,
      )} comes first and takes all its requests`,
    };
  }
  return { action, position };
}
