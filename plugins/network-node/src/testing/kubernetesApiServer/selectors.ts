import type { KubernetesObject } from '@localplus/plugin-network-common';
import { apiServerError } from './status';

type Requirement = (labels: Record<string, string>) => boolean;

const SET_REQUIREMENT = /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/;
const EQUALITY_REQUIREMENT = /^([^\s!=]+)\s*(==|=|!=)\s*([^\s!=]*)$/;
const EXISTS_REQUIREMENT = /^(!?)([^\s!=]+)$/;

// commas inside `in (a,b)` do not separate requirements
function splitRequirements(selector: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  out.push(current.trim());
  return out.filter(Boolean);
}

function parseRequirement(text: string): Requirement {
  const set = SET_REQUIREMENT.exec(text);
  if (set) {
    const [, key, op, list] = set;
    const values = new Set(list.split(',').map(v => v.trim()));
    return op === 'in'
      ? labels => key in labels && values.has(labels[key])
      : labels => !(key in labels) || !values.has(labels[key]);
  }
  const equality = EQUALITY_REQUIREMENT.exec(text);
  if (equality) {
    const [, key, op, value] = equality;
    return op === '!='
      ? labels => labels[key] !== value
      : labels => labels[key] === value;
  }
  const exists = EXISTS_REQUIREMENT.exec(text);
  if (exists) {
    const [, not, key] = exists;
    return not ? labels => !(key in labels) : labels => key in labels;
  }
  throw apiServerError(400, `unable to parse requirement: ${text}`);
}

/** Parses a label selector (`a=b,c!=d,e in (f,g),!h`) into a predicate. */
export function parseLabelSelector(
  selector: string | null,
): (object: KubernetesObject) => boolean {
  const requirements = splitRequirements(selector ?? '').map(parseRequirement);
  return object => {
    const labels = object.metadata.labels ?? {};
    return requirements.every(requirement => requirement(labels));
  };
}

const FIELDS: Record<string, (object: KubernetesObject) => string | undefined> =
  {
    'metadata.name': object => object.metadata.name,
    'metadata.namespace': object => object.metadata.namespace ?? '',
  };

/**
 * Parses a field selector; like the API server for custom resources, only
 * `metadata.name` and `metadata.namespace` are supported.
 */
export function parseFieldSelector(
  selector: string | null,
): (object: KubernetesObject) => boolean {
  const checks = splitRequirements(selector ?? '').map(text => {
    const match = EQUALITY_REQUIREMENT.exec(text);
    const field = match && FIELDS[match[1]];
    if (!match || !field) {
      throw apiServerError(
        400,
        `field label not supported: ${match?.[1] ?? text}`,
      );
    }
    const [, , op, value] = match;
    return (object: KubernetesObject) =>
      op === '!=' ? field(object) !== value : field(object) === value;
  });
  return object => checks.every(check => check(object));
}
