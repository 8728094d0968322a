import type {
  Finding,
  FindingCheck,
  FindingSeverity,
  ObjectRef,
} from '../view';

export interface FindingInput {
  check: FindingCheck;
  severity: FindingSeverity;
  /** What the finding is about, e.g. the record name, the rule position: makes the id stable. */
  subject: string[];
  message: string;
  objects: ObjectRef[];
  fixHint: string;
  entityRefs: Iterable<string>;
}

/** Findings by id: the same problem seen from two entities is one finding naming both. */
export class FindingSet {
  private readonly byId = new Map<string, Finding>();

  add(input: FindingInput): Finding {
    const id = `${input.check}:${input.subject.join('|')}`;
    const existing = this.byId.get(id);
    const entityRefs = [...new Set(input.entityRefs)];
    if (existing) {
      for (const ref of entityRefs) {
        if (!existing.entityRefs.includes(ref)) existing.entityRefs.push(ref);
      }
      return existing;
    }
    const finding: Finding = {
      id,
      check: input.check,
      severity: input.severity,
      message: input.message,
      objects: input.objects,
      fixHint: input.fixHint,
      entityRefs,
    };
    this.byId.set(id, finding);
    return finding;
  }

  list(): Finding[] {
    return [...this.byId.values()];
  }
}
