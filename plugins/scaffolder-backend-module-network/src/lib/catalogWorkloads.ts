import type {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  KUBERNETES_ID_ANNOTATION,
  KUBERNETES_LABEL_SELECTOR_ANNOTATION,
  KUBERNETES_NAMESPACE_ANNOTATION,
} from '@localplus/plugin-network-common';
import { fetchCatalogEntity } from './catalogLookup';
import { parseEntityRef, stringifyEntityRef } from './entityRefs';

/** Where a catalog entity's pods run and how to select them. */
export interface Workload {
  entityRef: string;
  namespace: string;
  labels: Record<string, string>;
}

/** Turns caller and callee entities into the namespace and labels a policy selects. */
export interface WorkloadResolver {
  resolve(
    entityRef: string,
    credentials: BackstageCredentials,
    what: string,
  ): Promise<Workload>;
}

interface CatalogEntity {
  metadata: { name: string; annotations?: Record<string, string> };
}

/** `a=b,c=d` → labels; set-based selectors cannot be a Cilium matchLabels. */
function parseEqualitySelector(
  selector: string,
  entityRef: string,
): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const term of selector
    .split(',')
    .map(t => t.trim())
    .filter(Boolean)) {
    const match = /^([^=!\s]+)\s*==?\s*([^=!\s]*)$/.exec(term);
    if (!match) {
      throw new InputError(
        `${entityRef} selects its workloads with "${selector}"; only "key=value" terms can become a policy peer.`,
      );
    }
    labels[match[1]] = match[2];
  }
  return labels;
}

/** The platform's mapping from an entity to its workloads (the Kubernetes plugin's annotations). */
export function workloadOf(entity: CatalogEntity, entityRef: string): Workload {
  const annotations = entity.metadata.annotations ?? {};
  const id = annotations[KUBERNETES_ID_ANNOTATION] ?? entity.metadata.name;
  const selector = annotations[KUBERNETES_LABEL_SELECTOR_ANNOTATION];
  return {
    entityRef,
    // the estate runs each service in a namespace of its own name
    namespace: annotations[KUBERNETES_NAMESPACE_ANNOTATION] ?? id,
    labels: selector
      ? parseEqualitySelector(selector, entityRef)
      : { 'app.kubernetes.io/name': id },
  };
}

/** Reads entities from the catalog's REST API on behalf of the user who runs the template. */
export class CatalogWorkloadResolver implements WorkloadResolver {
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;

  constructor(options: { discovery: DiscoveryService; auth: AuthService }) {
    this.#discovery = options.discovery;
    this.#auth = options.auth;
  }

  async resolve(
    entityRef: string,
    credentials: BackstageCredentials,
    what: string,
  ): Promise<Workload> {
    const name = parseEntityRef(entityRef, what);
    const ref = stringifyEntityRef(name);
    const entity = await fetchCatalogEntity(
      { discovery: this.#discovery, auth: this.#auth },
      name,
      credentials,
    );
    if (!entity) {
      throw new InputError(
        `The ${what} ${ref} does not exist in the catalog; pick an existing entity.`,
      );
    }
    return workloadOf(entity, ref);
  }
}
