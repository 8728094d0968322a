import { Bitset } from './bitset';
import type {
  CompiledPolicy,
  CompiledRule,
  Direction,
  RequirementRule,
} from './model';
import { compileRulePorts, RulePorts } from './rulePorts';
import { policyName } from './summary';
import type { PolicyEstateOptions } from './types';

/*
 * The rules that apply to each workload, per direction. Cilium merges every
 * rule of every policy that selects an endpoint into one policy for it
 * (docs: security/policy/intro), so the evaluator only ever looks at one
 * workload's merged rule list for one direction: its "side".
 */

export interface SideRule {
  rule: CompiledRule;
  ports: RulePorts;
}

export interface SideRules {
  direction: Direction;
  allows: SideRule[];
  denies: SideRule[];
  defaultDeny: boolean;
  /** Why the side is in default deny: the policies, or the enforcement mode. */
  defaultDenyBy: string[];
  requires: RequirementRule[];
  /** Workloads some allow rule may match; every workload without default deny. */
  candidates: Bitset;
}

export interface Sides {
  ingress: (SideRules | undefined)[];
  egress: (SideRules | undefined)[];
}

function emptySide(direction: Direction): SideRules {
  return {
    direction,
    allows: [],
    denies: [],
    defaultDeny: false,
    defaultDenyBy: [],
    requires: [],
    candidates: Bitset.empty(0),
  };
}

/**
 * Builds the sides of every workload. A side is undefined when no policy
 * selects the workload in that direction and enforcement is `default`:
 * such traffic is allowed without any rule being involved.
 */
export function buildSides(
  policies: readonly CompiledPolicy[],
  size: number,
  options: PolicyEstateOptions,
): Sides {
  const sides: Sides = {
    ingress: new Array(size).fill(undefined),
    egress: new Array(size).fill(undefined),
  };
  const mode = options.policyEnforcementMode ?? 'default';
  if (mode === 'never') return sides;
  const cache = new Map<CompiledRule, SideRule>();
  const sideRule = (rule: CompiledRule) => {
    let entry = cache.get(rule);
    if (!entry) {
      entry = { rule, ports: compileRulePorts(rule) };
      cache.set(rule, entry);
    }
    return entry;
  };
  const sideOf = (direction: Direction, index: number) => {
    const list = sides[direction];
    let side = list[index];
    if (!side) {
      side = emptySide(direction);
      list[index] = side;
    }
    return side;
  };
  for (const policy of policies) {
    const directions: Direction[] = ['ingress', 'egress'];
    const touched = directions.filter(
      d =>
        policy.defaultDeny[d] ||
        policy.rules.some(r => r.direction === d) ||
        policy.requires[d].length > 0,
    );
    if (touched.length === 0) continue;
    policy.subject.forEach(index => {
      for (const direction of touched) {
        const side = sideOf(direction, index);
        if (policy.defaultDeny[direction]) {
          side.defaultDeny = true;
          side.defaultDenyBy.push(policyName(policy.ref));
        }
        for (const rule of policy.rules) {
          if (rule.direction !== direction) continue;
          (rule.deny ? side.denies : side.allows).push(sideRule(rule));
        }
        side.requires.push(...policy.requires[direction]);
      }
    });
  }
  const all = Bitset.full(size);
  for (const direction of ['ingress', 'egress'] as const) {
    for (let i = 0; i < size; i++) {
      if (mode === 'always') {
        const side = sideOf(direction, i);
        if (!side.defaultDeny) {
          side.defaultDeny = true;
          side.defaultDenyBy.push('policyEnforcementMode "always"');
        }
      }
      const side = sides[direction][i];
      if (!side) continue;
      side.defaultDenyBy = [...new Set(side.defaultDenyBy)];
      side.candidates = side.defaultDeny ? candidatesOf(side, size) : all;
    }
  }
  return sides;
}

function candidatesOf(side: SideRules, size: number): Bitset {
  const set = Bitset.empty(size);
  for (const { rule } of side.allows) set.orInPlace(rule.podPeers);
  return set;
}
