import type {
  AvailabilityRequest,
  AvailabilityResult,
} from '@localplus/plugin-network-common';
import { defaultPrivateName } from '@localplus/plugin-network-common';
import { publicEntry } from './entry';
import type { NetworkSettings } from './options';
import type { NetworkExposureValue } from './value';

/** Why a conflict stands in the way, in the three cases a developer acts on differently. */
export type ConflictKind = 'taken' | 'shadowed' | 'outside-zones';

/** @public */
export interface ExposureConflict {
  kind: ConflictKind;
  /** The backend's reason, e.g. `api.localplus.io/v1/ledger is already routed by …`. */
  reason: string;
  /** The owner, when the catalog knows one. */
  entityRef?: string;
  /** `HTTPRoute svc-ledger/svc-ledger`, `TunnelRule …#3`. */
  object: string;
}

/** What the live check says about the entry and the private name. */
export type AvailabilityState =
  | { status: 'idle'; hint: string }
  | { status: 'checking'; subject: string }
  | { status: 'free'; subject: string }
  | { status: 'conflict'; subject: string; conflicts: ExposureConflict[] }
  | { status: 'unreachable'; subject: string; message: string };

/**
 * The question for the network index: the public entry (if any) and the private name, asked as
 * the component the template will create so its own objects never count as conflicts. Undefined
 * while there is nothing complete to ask.
 */
export function availabilityRequest(
  value: NetworkExposureValue,
  name: string | undefined,
  settings: NetworkSettings,
): AvailabilityRequest | undefined {
  if (!name) {
    return undefined;
  }
  const request: AvailabilityRequest = {
    entityRef: `component:${settings.entityNamespace}/${name}`,
  };
  const entry = publicEntry(value, name, settings.publicZones);
  if (entry) {
    if (!entry.hostname || !entry.path) {
      return undefined;
    }
    request.hostname = entry.hostname;
    request.path = entry.path;
  }
  const dnsName = defaultPrivateName(name, settings.privateZones);
  if (dnsName) {
    request.dnsName = dnsName;
  }
  return request;
}

/** `api.localplus.io/v1/shop and shop.internal.localplus.io`: what the answer is about. */
export function requestSubject(request: AvailabilityRequest): string {
  const entry = request.hostname
    ? `${request.hostname}${request.path === '/' ? '' : request.path ?? ''}`
    : undefined;
  return [entry, request.dnsName].filter(Boolean).join(' and ');
}

function conflictKind(objectKind: string): ConflictKind {
  if (objectKind === 'DNSZone') {
    return 'outside-zones';
  }
  // a tunnel rule in the way either serves the name already or would catch the new rule first
  if (objectKind === 'TunnelRule') {
    return 'shadowed';
  }
  return 'taken';
}

/** Sorts the backend's answer into what the field shows. */
export function classifyAvailability(
  request: AvailabilityRequest,
  result: AvailabilityResult,
): AvailabilityState {
  const subject = requestSubject(request);
  if (result.available && result.conflicts.length === 0) {
    return { status: 'free', subject };
  }
  return {
    status: 'conflict',
    subject,
    conflicts: result.conflicts.map(conflict => ({
      kind: conflictKind(conflict.object.kind),
      reason: conflict.reason,
      entityRef: conflict.entityRef,
      object: `${conflict.object.kind} ${
        conflict.object.namespace ? `${conflict.object.namespace}/` : ''
      }${conflict.object.name}`,
    })),
  };
}

/**
 * One conflict as the `network:expose` step words it (`availabilityChecks.ts`), so the message the
 * form refuses with is the one the step would fail with.
 */
export function conflictMessage(conflict: ExposureConflict): string {
  const owner = conflict.entityRef
    ? `owned by ${conflict.entityRef}`
    : 'not claimed by any catalog entity';
  return `${conflict.reason} (${conflict.object}, ${owner})`;
}

/** The step's words when the index cannot answer; it fails closed too. */
export function unreachableMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Could not check availability with the network backend: ${detail}`;
}
