import type { Document } from 'yaml';
import {
  OwnedTunnelRule,
  ParsedConfig,
  TUNNEL_RULE_OWNER_MARKER,
  TunnelConfigError,
  parseConfig,
} from './tunnelConfigParse';
import type { TunnelIngressRule } from './tunnelRuleOrder';
import { placeTunnelRule } from './tunnelRulePlacement';

export {
  TUNNEL_RULE_OWNER_MARKER,
  type OwnedTunnelRule,
} from './tunnelConfigParse';

/** @public */
export interface TunnelConfigSummary {
  tunnelId?: string;
  rules: OwnedTunnelRule[];
}

/** The outcome of putting one rule into a cloudflared config. @public */
export interface TunnelRuleEdit {
  action: 'create' | 'update' | 'unchanged' | 'conflict';
  /** Why it is a conflict, naming the rule and its owner. */
  reason?: string;
  /** 0-based position of the rule in the resulting list. */
  position?: number;
  /** The new config text; the input text when nothing changes. */
  text: string;
}

function ruleNode(doc: Document, rule: TunnelIngressRule, owner: string) {
  const plain: Record<string, unknown> = { hostname: rule.hostname };
  if (rule.path) {
    plain.path = rule.path;
  }
  plain.service = rule.service;
  if (rule.originRequest) {
    plain.originRequest = rule.originRequest;
  }
  const node = doc.createNode(plain);
  node.commentBefore = ` ${TUNNEL_RULE_OWNER_MARKER} ${owner}`;
  return node;
}

/**
 * Reads the tunnel id and the ingress rules (with their owners) of a cloudflared `config.yaml`.
 * Throws when the file is not a usable tunnel configuration.
 *
 * @public
 */
export function readTunnelConfig(text: string): TunnelConfigSummary {
  const { doc, rules } = parseConfig(text);
  const tunnel = doc.get('tunnel');
  return {
    tunnelId: typeof tunnel === 'string' ? tunnel : undefined,
    rules,
  };
}

/**
 * Puts one rule into a cloudflared `config.yaml`: updated in place when we own a rule for the same
 * hostname and path, otherwise inserted among our rules just before the catch-all, in
 * {@link compareManagedRules} order. Foreign rules and comments are kept. Refuses (conflict) to
 * touch a rule someone else owns, or to add a rule an earlier rule would shadow.
 *
 * @public
 */
export function upsertTunnelRule(
  text: string,
  rule: TunnelIngressRule,
  owner: string,
): TunnelRuleEdit {
  let parsed: ParsedConfig;
  try {
    parsed = parseConfig(text);
  } catch (error) {
    if (error instanceof TunnelConfigError) {
      return { action: 'conflict', reason: error.message, text };
    }
    throw error;
  }
  const { doc, seq, rules } = parsed;
  const placement = placeTunnelRule(rules, rule, owner);
  if (placement.action === 'conflict') {
    return { ...placement, text };
  }
  const { action, position } = placement;
  if (action === 'unchanged') {
    return { action, position, text };
  }
  const node = ruleNode(doc, rule, owner);
  if (action === 'update') {
    seq.items[position] = node;
  } else {
    seq.items.splice(position, 0, node);
  }
  return { action, position, text: doc.toString() };
}

/**
 * Removes the rules `owner` owns (optionally only those for one hostname); foreign rules stay.
 *
 * @public
 */
export function removeTunnelRules(
  text: string,
  owner: string,
  hostname?: string,
): { text: string; removed: TunnelIngressRule[] } {
  const { doc, seq, rules } = parseConfig(text);
  const removed: TunnelIngressRule[] = [];
  for (let i = rules.length - 1; i >= 0; i--) {
    const { owner: ruleOwner, ...rule } = rules[i];
    if (ruleOwner === owner && (!hostname || rule.hostname === hostname)) {
      seq.items.splice(i, 1);
      removed.unshift(rule);
    }
  }
  return { text: removed.length > 0 ? doc.toString() : text, removed };
}
