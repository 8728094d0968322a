/*
 * Which catalog entity an object belongs to, with the Kubernetes plugin's conventions: the
 * `backstage.io/kubernetes-id` label, or the entity's label selector, within its namespace.
 */
import { KUBERNETES_ID_ANNOTATION } from '../annotations';
import {
  LabelRequirement,
  matchesLabelRequirements,
  parseLabelSelector,
} from './labelSelector';

/**
 * A catalog entity and its Kubernetes annotations (`backstage.io/kubernetes-id`,
 * `-namespace`, `-label-selector`).
 * @public
 */
export interface EntityBinding {
  entityRef: string;
  kubernetesId?: string;
  namespace?: string;
  labelSelector?: string;
}

interface SelectorBinding {
  binding: EntityBinding;
  requirements: LabelRequirement[];
}

/** `component:svc-ledger` and `Component:default/svc-ledger` name the same entity. */
export function normalizeEntityRef(ref: string): string {
  const lower = ref.trim().toLowerCase();
  const colon = lower.indexOf(':');
  if (colon < 0 || lower.includes('/')) return lower;
  return `${lower.slice(0, colon)}:default/${lower.slice(colon + 1)}`;
}

export class EntityResolver {
  private readonly byId = new Map<string, EntityBinding[]>();
  private readonly byRef = new Map<string, EntityBinding>();
  /** Selector bindings keyed by one `key=value` they require, so objects find them by label. */
  private readonly selectorsByLabel = new Map<string, SelectorBinding[]>();
  private readonly otherSelectors: SelectorBinding[] = [];

  constructor(readonly bindings: readonly EntityBinding[]) {
    for (const binding of bindings) {
      this.byRef.set(normalizeEntityRef(binding.entityRef), binding);
      if (binding.kubernetesId) {
        const list = this.byId.get(binding.kubernetesId) ?? [];
        if (list.length === 0) this.byId.set(binding.kubernetesId, list);
        list.push(binding);
      }
      const requirements = binding.labelSelector
        ? parseLabelSelector(binding.labelSelector)
        : undefined;
      if (!requirements || requirements.length === 0) continue;
      const selector = { binding, requirements };
      const key = requirements.find(
        r => r.operator === 'In' && r.values.length === 1,
      );
      if (key) {
        const label = `${key.key}=${key.values[0]}`;
        this.selectorsByLabel.set(label, [
          ...(this.selectorsByLabel.get(label) ?? []),
          selector,
        ]);
      } else {
        this.otherSelectors.push(selector);
      }
    }
  }

  /** The binding of an entity ref, in any of its spellings. */
  binding(entityRef: string): EntityBinding | undefined {
    return this.byRef.get(normalizeEntityRef(entityRef));
  }

  /** The entities an object with these labels, in this namespace, belongs to. */
  entitiesForLabels(
    labels: Readonly<Record<string, string>>,
    namespace: string | undefined,
  ): string[] {
    const result = new Set<string>();
    const inNamespace = (b: EntityBinding) =>
      !b.namespace || b.namespace === namespace;
    const id = labels[KUBERNETES_ID_ANNOTATION];
    for (const binding of (id && this.byId.get(id)) || []) {
      if (inNamespace(binding)) result.add(binding.entityRef);
    }
    const selectors = [...this.otherSelectors];
    for (const [key, value] of Object.entries(labels)) {
      selectors.push(...(this.selectorsByLabel.get(`${key}=${value}`) ?? []));
    }
    for (const { binding, requirements } of selectors) {
      if (
        inNamespace(binding) &&
        matchesLabelRequirements(requirements, labels)
      ) {
        result.add(binding.entityRef);
      }
    }
    return [...result];
  }

  /**
   * The entities an ownership marker names: an entity ref (`network.localplus.io/owner`) or a
   * kubernetes id (the object's label).
   */
  entitiesForOwner(owner: string | undefined): string[] {
    if (!owner) return [];
    const byRef = this.binding(owner);
    if (byRef) return [byRef.entityRef];
    return (this.byId.get(owner) ?? []).map(b => b.entityRef);
  }
}
