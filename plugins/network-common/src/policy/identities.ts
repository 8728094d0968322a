import { Bitset } from './bitset';
import {
  SERVICE_ACCOUNT_KEY,
  NAMESPACE_KEY,
  NAMESPACE_LABELS_PREFIX,
  NAMESPACE_NAME_LABEL,
  Requirement,
  requirementsKey,
} from './selectors';
import type { PolicyEstate, Protocol, WorkloadRef } from './types';

export interface WorkloadIdentity {
  index: number;
  kind: string;
  namespace: string;
  name: string;
  /** Template labels plus the labels Cilium derives from the namespace. */
  labels: ReadonlyMap<string, string>;
  ports: { name?: string; port: number; protocol: Protocol }[];
}

/**
 * The workloads of the estate as Cilium sees them (security identities), with
 * an inverted label index so that a selector resolves to a Bitset with a few
 * word-wise operations instead of a scan over all workloads.
 */
export class WorkloadIndex {
  readonly workloads: WorkloadIdentity[] = [];
  readonly size: number;
  private readonly byName = new Map<string, number[]>();
  private readonly postings = new Map<string, Map<string, Bitset>>();
  private readonly keyPostings = new Map<string, Bitset>();
  private readonly cache = new Map<string, Bitset>();
  private readonly fullSet: Bitset;

  constructor(estate: PolicyEstate) {
    const namespaceLabels = new Map<string, Record<string, string>>();
    for (const ns of estate.namespaces ?? []) {
      // Kubernetes adds kubernetes.io/metadata.name to every namespace, and
      // policies select namespaces by it, so it must exist even if omitted.
      namespaceLabels.set(ns.name, {
        [NAMESPACE_NAME_LABEL]: ns.name,
        ...ns.labels,
      });
    }
    for (const w of estate.workloads ?? []) {
      const key = `${w.namespace}/${w.name}`;
      const same = this.byName.get(key) ?? [];
      if (same.some(i => this.workloads[i].kind === w.kind)) continue;
      const labels = new Map<string, string>(
        Object.entries(w.labels ?? {}).map(([k, v]) => [k, String(v)]),
      );
      labels.set(NAMESPACE_KEY, w.namespace);
      labels.set(SERVICE_ACCOUNT_KEY, w.serviceAccount ?? 'default');
      const nsLabels = namespaceLabels.get(w.namespace) ?? {
        [NAMESPACE_NAME_LABEL]: w.namespace,
      };
      for (const [k, v] of Object.entries(nsLabels))
        labels.set(NAMESPACE_LABELS_PREFIX + k, v);
      const index = this.workloads.length;
      this.byName.set(key, [...same, index]);
      this.workloads.push({
        index,
        kind: w.kind,
        namespace: w.namespace,
        name: w.name,
        labels,
        ports: (w.ports ?? []).map(p => ({
          name: p.name,
          port: p.port,
          protocol: p.protocol ?? 'TCP',
        })),
      });
    }
    this.size = this.workloads.length;
    this.fullSet = Bitset.full(this.size);
    for (const w of this.workloads) {
      for (const [k, v] of w.labels) {
        let byValue = this.postings.get(k);
        if (!byValue) {
          byValue = new Map();
          this.postings.set(k, byValue);
          this.keyPostings.set(k, Bitset.empty(this.size));
        }
        let set = byValue.get(v);
        if (!set) {
          set = Bitset.empty(this.size);
          byValue.set(v, set);
        }
        set.add(w.index);
        this.keyPostings.get(k)!.add(w.index);
      }
    }
  }

  find(ref: WorkloadRef): number | undefined {
    const same = this.byName.get(`${ref.namespace}/${ref.name}`) ?? [];
    if (ref.kind === undefined) return same[0];
    return same.find(i => this.workloads[i].kind === ref.kind);
  }

  all(): Bitset {
    return this.fullSet;
  }

  /** Workloads matching all requirements. The result is shared: never mutate it. */
  resolve(reqs: readonly Requirement[]): Bitset {
    const cacheKey = requirementsKey(reqs);
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    let result = this.fullSet;
    for (const req of reqs) {
      result = result.and(this.resolveOne(req));
      if (result.isEmpty()) break;
    }
    this.cache.set(cacheKey, result);
    return result;
  }

  private resolveOne(req: Requirement): Bitset {
    const empty = Bitset.empty(this.size);
    switch (req.operator) {
      case 'Exists':
        return this.keyPostings.get(req.key) ?? empty;
      case 'DoesNotExist':
        return (this.keyPostings.get(req.key) ?? empty).not();
      default: {
        const byValue = this.postings.get(req.key);
        let union = empty;
        for (const v of req.values) {
          const set = byValue?.get(v);
          if (set) union = union.or(set);
        }
        return req.operator === 'In' ? union : union.not();
      }
    }
  }
}
