import { validateDns1123Label } from '@localplus/plugin-network-common';
import { normaliseEntityRef, parseEntityRef } from './entityRefs';
import type { Problems } from './problems';

/** The service a run is for, with the defaults of the estate's conventions filled in. */
export interface ServiceTarget {
  /** The owning component, stamped on every object. */
  entityRef: string;
  name: string;
  namespace: string;
}

/** Reads the common inputs; name defaults to the entity's name, namespace to the name. */
export function serviceTarget(
  input: { entityRef: string; name?: string; namespace?: string },
  problems: Problems,
): ServiceTarget {
  const entity = parseEntityRef(input.entityRef, 'entityRef');
  const name = input.name ?? entity.name;
  const namespace = input.namespace ?? name;
  problems.add(validateDns1123Label(name, 'service name'));
  problems.add(validateDns1123Label(namespace, 'namespace'));
  return {
    entityRef: normaliseEntityRef(input.entityRef, 'entityRef'),
    name,
    namespace,
  };
}
