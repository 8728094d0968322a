import type { AvailabilityRequest, FindingsQuery } from '../api';
import type { EntityBinding } from './bindings';
import type { NetworkModelOptions } from './options';
import type { SourceProblem, SourceSnapshot, SourceStatus } from './sources';
import type { AvailabilityResult, Finding, NetworkView } from './view';

/** What the index is built from. @public */
export interface BuildNetworkIndexInput {
  snapshots: SourceSnapshot[];
  /** Every catalog entity with Kubernetes annotations. */
  entities: EntityBinding[];
  sourceStatus: SourceStatus[];
  options: NetworkModelOptions;
  now?: Date;
}

/**
 * Everything the API serves, computed at build time: views are precomputed so serving one is a
 * map lookup.
 * @public
 */
export interface NetworkIndex {
  /** ISO time of the build. */
  readonly builtAt: string;
  /** The view of a catalog entity; undefined when the entity was not in the build's bindings. */
  view(entityRef: string): NetworkView | undefined;
  findings(query?: FindingsQuery): Finding[];
  checkAvailability(request: AvailabilityRequest): AvailabilityResult;
  entityRefs(): string[];
  /** What the index could not read in the sources' objects (e.g. a broken cloudflared config). */
  readonly problems: SourceProblem[];
}
