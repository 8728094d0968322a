import { objectKey, objectRefOf } from '../objects';
import type { SourceSnapshot, SourcedObject } from '../sources';
import type { DriftItem } from '../view';
import { objectDifferences } from './drift';

/** One object as every source sees it. */
export interface ObjectVersions {
  key: string;
  declared?: SourcedObject;
  live?: SourcedObject;
}

/** The objects the chain is built from, and how declared and live compare. */
export interface MergedObjects {
  /** Live where a live source has the object (that is what serves traffic), else declared. */
  effective: SourcedObject[];
  versions: Map<string, ObjectVersions>;
  /** Per object key; empty when no live Kubernetes source delivered anything. */
  drift: Map<string, DriftItem>;
}

function driftOf(
  versions: ObjectVersions,
  liveKinds: ReadonlySet<string>,
): DriftItem | undefined {
  const { declared, live } = versions;
  if (declared && live) {
    const differences = objectDifferences(declared.object, live.object);
    return {
      object: objectRefOf(declared),
      status: differences.length > 0 ? 'drifted' : 'in-sync',
      differences,
    };
  }
  // A live source that lists no object of this kind probably does not watch the kind at all.
  if (declared && liveKinds.has(declared.object.kind)) {
    return {
      object: objectRefOf(declared),
      status: 'declared-only',
      differences: [],
    };
  }
  if (live && !declared) {
    return { object: objectRefOf(live), status: 'live-only', differences: [] };
  }
  return undefined;
}

/**
 * Folds every snapshot's objects into one set. The first source to report an object on each side
 * wins; the backend orders snapshots, so that order is stable.
 */
export function mergeObjects(
  snapshots: readonly SourceSnapshot[],
): MergedObjects {
  const versions = new Map<string, ObjectVersions>();
  const liveKinds = new Set<string>();
  let hasDeclared = false;
  for (const snapshot of snapshots) {
    const side = snapshot.state === 'live' ? 'live' : 'declared';
    for (const sourced of snapshot.objects) {
      if (!sourced?.object?.kind) continue;
      const key = objectKey(sourced.object);
      let entry = versions.get(key);
      if (!entry) {
        entry = { key };
        versions.set(key, entry);
      }
      if (!entry[side]) entry[side] = sourced;
      if (side === 'live') liveKinds.add(sourced.object.kind);
      else hasDeclared = true;
    }
  }

  const effective: SourcedObject[] = [];
  const drift = new Map<string, DriftItem>();
  for (const entry of versions.values()) {
    effective.push((entry.live ?? entry.declared)!);
    if (liveKinds.size > 0 && hasDeclared) {
      const item = driftOf(entry, liveKinds);
      if (item) drift.set(entry.key, item);
    }
  }
  return { effective, versions, drift };
}
