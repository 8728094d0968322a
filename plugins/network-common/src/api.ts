/**
 * The network backend's REST API, shared by the backend, the frontend client and the scaffolder
 * actions so the three cannot drift apart. The OpenAPI description is
 * `plugins/network-backend/src/schema/openapi.yaml`.
 */
import type { SourceStatus } from './model/sources';
import type {
  AvailabilityResult,
  Finding,
  FindingCheck,
  FindingSeverity,
  NetworkView,
} from './model/view';

/** The backend plugin id; the API is served under `/api/network`. @public */
export const NETWORK_PLUGIN_ID = 'network';

/**
 * Paths relative to the plugin's base URL.
 * @public
 */
export const NETWORK_API_PATHS = {
  /** GET → {@link NetworkView}; 404 when the catalog has no such entity. */
  view: (ref: { kind: string; namespace: string; name: string }) =>
    `/entities/${encodeURIComponent(ref.kind)}/${encodeURIComponent(
      ref.namespace,
    )}/${encodeURIComponent(ref.name)}/view`,
  /** GET with query `severity`, `check`, `entityRef` (each repeatable) → {@link FindingsResponse}. */
  findings: '/findings',
  /** GET → {@link SourcesResponse}. */
  sources: '/sources',
  /** POST {@link AvailabilityRequest} → {@link AvailabilityResult}. */
  availability: '/availability',
  /** POST, user (with `network.exposure.write`) or service: re-read every source and rebuild. */
  refresh: '/refresh',
} as const;

/** @public */
export interface FindingsQuery {
  severity?: FindingSeverity[];
  check?: FindingCheck[];
  entityRef?: string[];
}

/** @public */
export interface FindingsResponse {
  items: Finding[];
}

/** @public */
export interface SourcesResponse {
  items: SourceStatus[];
  /** ISO time of the index build the answer comes from. */
  builtAt: string;
}

/**
 * "May I use this?" for a proposed public hostname (+ path prefix) or private DNS name.
 * `entityRef` is the asker: what it already owns is not a conflict.
 * @public
 */
export interface AvailabilityRequest {
  hostname?: string;
  path?: string;
  dnsName?: string;
  entityRef?: string;
}

/** Re-exported for clients that import only the API module. @public */
export type { AvailabilityResult, NetworkView };
