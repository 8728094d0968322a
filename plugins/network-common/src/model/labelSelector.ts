/*
 * The string form of a Kubernetes label selector, as the catalog annotation
 * `backstage.io/kubernetes-label-selector` carries it (`app=a,tier in (web,api),!legacy`).
 */

export interface LabelRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: string[];
}

/** Splits on commas outside `( … )`. */
function splitTerms(text: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      terms.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  terms.push(current);
  return terms.map(t => t.trim()).filter(t => t !== '');
}

function parseTerm(term: string): LabelRequirement | undefined {
  const set = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/i.exec(term);
  if (set) {
    return {
      key: set[1],
      operator: set[2].toLowerCase() === 'in' ? 'In' : 'NotIn',
      values: set[3]
        .split(',')
        .map(v => v.trim())
        .filter(v => v !== ''),
    };
  }
  const notEqual = /^([^!=\s]+)\s*!=\s*(\S*)$/.exec(term);
  if (notEqual) {
    return { key: notEqual[1], operator: 'NotIn', values: [notEqual[2]] };
  }
  const equal = /^([^!=\s]+)\s*==?\s*(\S*)$/.exec(term);
  if (equal) {
    return { key: equal[1], operator: 'In', values: [equal[2]] };
  }
  const absent = /^!\s*(\S+)$/.exec(term);
  if (absent) {
    return { key: absent[1], operator: 'DoesNotExist', values: [] };
  }
  return /^[^\s!=()]+$/.test(term)
    ? { key: term, operator: 'Exists', values: [] }
    : undefined;
}

/**
 * Parses a selector string; undefined when any term is malformed, because a half-understood
 * selector would claim objects that are not the entity's.
 */
export function parseLabelSelector(
  text: string,
): LabelRequirement[] | undefined {
  const requirements: LabelRequirement[] = [];
  for (const term of splitTerms(text)) {
    const requirement = parseTerm(term);
    if (!requirement) return undefined;
    requirements.push(requirement);
  }
  return requirements;
}

export function matchesLabelRequirements(
  requirements: readonly LabelRequirement[],
  labels: Readonly<Record<string, string>>,
): boolean {
  return requirements.every(({ key, operator, values }) => {
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (operator) {
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      case 'In':
        return has && values.includes(labels[key]);
      default:
        return !has || !values.includes(labels[key]);
    }
  });
}

/** Whether a `matchLabels` map holds for the labels (a Service selector, cloudflaredSelector). */
export function matchesLabels(
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>>,
): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/**
 * A `LabelSelector` object (`matchLabels` + `matchExpressions`) as requirements. An empty selector
 * selects everything, as in Kubernetes.
 */
export function requirementsFromSelector(
  selector: unknown,
): LabelRequirement[] {
  const requirements: LabelRequirement[] = [];
  const record =
    typeof selector === 'object' && selector !== null
      ? (selector as Record<string, unknown>)
      : {};
  const matchLabels = record.matchLabels;
  if (typeof matchLabels === 'object' && matchLabels !== null) {
    for (const [key, value] of Object.entries(matchLabels)) {
      requirements.push({ key, operator: 'In', values: [String(value)] });
    }
  }
  const expressions = Array.isArray(record.matchExpressions)
    ? record.matchExpressions
    : [];
  for (const raw of expressions) {
    const { key, operator, values } = (raw ?? {}) as Record<string, unknown>;
    if (
      typeof key === 'string' &&
      (operator === 'In' ||
        operator === 'NotIn' ||
        operator === 'Exists' ||
        operator === 'DoesNotExist')
    ) {
      requirements.push({
        key,
        operator,
        values: Array.isArray(values) ? values.map(String) : [],
      });
    }
  }
  return requirements;
}
