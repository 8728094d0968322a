import type { SideOutcome } from './decide';
import { ruleText } from './summary';
import type { FlowVerdict, Protocol, SideDecision, Verdict } from './types';

/*
 * Explanations for one port of a flow. They name the rules involved, so a
 * developer can go from "denied" to the line of YAML to change.
 */

export interface SideSubject {
  /** `ns/name[Kind]` when this end is a pod of the estate. */
  pod?: string;
  /** The end itself, as text (pod, entity or address). */
  self: string;
  /** The other end, as text. */
  other: string;
}

function sideVerdict(
  outcome: SideOutcome,
  protocol: Protocol,
  port: number,
): Verdict {
  if (outcome.allowed.has(protocol, port)) return 'allowed';
  return outcome.possible.has(protocol, port) ? 'unknown' : 'denied';
}

function explainAllowed(
  o: SideOutcome,
  s: SideSubject,
  allowedBy: string[],
): string {
  if (allowedBy.length > 0) return `allowed by ${allowedBy.join('; ')}`;
  if (o.implicit) return `allowed: ${o.implicit}`;
  return `allowed: no policy puts ${s.pod} into default deny for ${o.direction}, and no deny rule matches`;
}

function explainDenied(
  o: SideOutcome,
  s: SideSubject,
  deniedBy: string[],
  what: string,
): string {
  if (deniedBy.length > 0)
    return `denied by ${deniedBy.join('; ')} (deny rules win over every allow)`;
  const preposition = o.direction === 'egress' ? 'to' : 'from';
  return (
    `denied: ${s.pod} is in default deny for ${
      o.direction
    } (${o.defaultDenyBy.join(', ')}) ` +
    `and no allow rule matches ${what} ${preposition} ${s.other}`
  );
}

export function sideDecision(
  o: SideOutcome,
  s: SideSubject,
  protocol: Protocol,
  port: number,
): SideDecision {
  const verdict = sideVerdict(o, protocol, port);
  const covers = (ports: { has(p: Protocol, n: number): boolean }) =>
    ports.has(protocol, port);
  const allowedBy = o.allows.filter(c => covers(c.ports)).map(c => c.ref);
  const deniedBy = o.denies
    .filter(c => c.certain && covers(c.ports))
    .map(c => c.ref);
  const unknown =
    verdict === 'unknown'
      ? [...new Set(o.unknowns.filter(u => covers(u.ports)).map(u => u.reason))]
      : [];
  const base = {
    side: o.direction,
    policed: o.policed,
    defaultDeny: o.defaultDeny,
    verdict,
    unknown,
  };
  const what = `${protocol} ${port}`;
  if (!o.policed) {
    const explanation = s.pod
      ? `allowed: no policy selects ${s.pod} for ${o.direction}`
      : `${s.self} is not a pod of the estate: no policy applies to its ${o.direction}`;
    return { ...base, allowedBy: [], deniedBy: [], explanation };
  }
  let explanation: string;
  if (verdict === 'allowed')
    explanation = explainAllowed(o, s, allowedBy.map(ruleText));
  else if (verdict === 'denied')
    explanation = explainDenied(o, s, deniedBy.map(ruleText), what);
  else {
    const layer =
      allowedBy.length > 0
        ? ` (L3/L4 allowed by ${allowedBy.map(ruleText).join('; ')})`
        : '';
    explanation = `unknown: ${unknown.join('; ')}${layer}`;
  }
  return {
    ...base,
    allowedBy: verdict === 'denied' ? [] : allowedBy,
    deniedBy,
    explanation,
  };
}

export function combineVerdicts(a: Verdict, b: Verdict): Verdict {
  if (a === 'denied' || b === 'denied') return 'denied';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'allowed';
}

export function flowVerdict(
  egress: SideDecision,
  ingress: SideDecision,
  from: string,
  to: string,
  protocol: Protocol,
  port: number,
): FlowVerdict {
  const verdict = combineVerdicts(egress.verdict, ingress.verdict);
  const explanation =
    `${verdict}: ${from} => ${to} on ${protocol} ${port} (both the egress of the source and the ingress ` +
    `of the destination must allow). Egress: ${egress.explanation}. Ingress: ${ingress.explanation}.`;
  return { verdict, egress, ingress, explanation };
}
