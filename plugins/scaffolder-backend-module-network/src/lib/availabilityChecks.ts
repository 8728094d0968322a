import type { AvailabilityRequest } from '@localplus/plugin-network-common';
import type {
  PlannedChange,
  WriteSystem,
} from '@localplus/plugin-network-node';
import type { AvailabilityClient } from './availabilityClient';

/** One question to the index, and the system whose plan line a "no" becomes. */
export interface AvailabilityCheck {
  system: WriteSystem;
  file: string;
  request: AvailabilityRequest;
}

/**
 * Runs the checks against the network index and returns one conflict line per object in the way,
 * naming its owner.
 */
export async function checkAvailability(
  client: AvailabilityClient,
  checks: AvailabilityCheck[],
  target: PlannedChange['target'] = 'gitops',
): Promise<PlannedChange[]> {
  const conflicts: PlannedChange[] = [];
  const asked = new Set<string>();
  const reported = new Set<string>();
  for (const check of checks) {
    const key = JSON.stringify(check.request);
    if (asked.has(key)) {
      continue;
    }
    asked.add(key);
    const result = await client.check(check.request);
    if (result.available) {
      continue;
    }
    for (const conflict of result.conflicts) {
      const { object } = conflict;
      const owner = conflict.entityRef
        ? `owned by ${conflict.entityRef}`
        : 'not claimed by any catalog entity';
      const reason = `${conflict.reason} (${object.kind} ${
        object.namespace ? `${object.namespace}/` : ''
      }${object.name}, ${owner})`;
      // several questions (route, tunnel, public name) often hit the same object
      if (reported.has(reason)) {
        continue;
      }
      reported.add(reason);
      conflicts.push({
        system: check.system,
        target,
        action: 'conflict',
        // a direct run has no file: the index said no
        file: target === 'gitops' ? check.file : 'network index',
        object: {
          kind: object.kind,
          name: object.name,
          namespace: object.namespace,
        },
        reason,
      });
    }
  }
  return conflicts;
}
