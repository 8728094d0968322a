import { ConflictError } from '@backstage/errors';
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Document, YAMLMap, YAMLSeq } from 'yaml';
import { TunnelIngressRule, isCatchAllRule } from './tunnelRuleOrder';

/**
 * Tunnel rules carry no metadata, so ownership is a comment line right above the rule. It is
 * readable in review and survives the YAML round trip of the Document API.
 *
 * @public
 */
export const TUNNEL_RULE_OWNER_MARKER = 'network.localplus.io/owner:';

/** A rule of a cloudflared config file, with the owner the suite marked on it. @public */
export interface OwnedTunnelRule extends TunnelIngressRule {
  owner?: string;
}

// A tunnel configuration we cannot edit safely; the caller reports it as a conflict.
export class TunnelConfigError extends ConflictError {}

export interface ParsedConfig {
  doc: Document;
  seq: YAMLSeq;
  rules: OwnedTunnelRule[];
}

function ownerFromComment(
  comment: string | null | undefined,
): string | undefined {
  const last = comment?.split('\n').pop()?.trim();
  return last?.startsWith(TUNNEL_RULE_OWNER_MARKER)
    ? last.slice(TUNNEL_RULE_OWNER_MARKER.length).trim()
    : undefined;
}

/** Parses a cloudflared config for editing; throws when it cannot be edited safely. */
export function parseConfig(text: string): ParsedConfig {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new TunnelConfigError(
      `the tunnel configuration is not valid YAML: ${
        doc.errors[0].message.split('\n')[0]
      }`,
    );
  }
  const seq = doc.get('ingress', true);
  if (!isSeq(seq) || seq.items.length === 0) {
    throw new TunnelConfigError(
      'the tunnel configuration has no ingress rules; cloudflared needs at least the catch-all',
    );
  }
  // A comment above the first item belongs to the sequence in the YAML model; move it to the
  // item so that an owner marker on the first rule is read like any other.
  if (seq.commentBefore && isMap(seq.items[0])) {
    const first = seq.items[0] as YAMLMap;
    first.commentBefore = [seq.commentBefore, first.commentBefore]
      .filter(Boolean)
      .join('\n');
    seq.commentBefore = undefined;
  }
  const rules = seq.items.map((item, index) => {
    if (!isMap(item)) {
      throw new TunnelConfigError(
        `ingress rule #${
          index + 1
        } of the tunnel configuration is not a mapping`,
      );
    }
    const rule = item.toJSON() as TunnelIngressRule;
    return { ...rule, owner: ownerFromComment(item.commentBefore) };
  });
  const last = rules.length - 1;
  if (!isCatchAllRule(rules[last])) {
    throw new TunnelConfigError(
      'the last ingress rule of the tunnel configuration is not a catch-all; fix the configuration first',
    );
  }
  const extra = rules.findIndex((r, i) => i < last && isCatchAllRule(r));
  if (extra >= 0) {
    throw new TunnelConfigError(
      `ingress rule #${
        extra + 1
      } of the tunnel configuration matches every request, so no later rule is used; fix the configuration first`,
    );
  }
  return { doc, seq, rules };
}
