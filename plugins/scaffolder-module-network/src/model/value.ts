/**
 * The value of the NetworkExposure field: the part of `network:expose`'s input a developer
 * chooses. Key names are the action's, so the template passes them through unchanged.
 */

/** How the service is reached, as `network:expose` takes it. @public */
export type ExposureMode = 'internal' | 'shared' | 'own';

/** The managed data services of the platform (Aiven, through the VPC peering). @public */
export type DataService = 'postgresql' | 'kafka' | 'valkey';

/** @public */
export const DATA_SERVICES: readonly DataService[] = [
  'postgresql',
  'kafka',
  'valkey',
];

/** The field's value; every key is an input of `network:expose`. @public */
export interface NetworkExposureValue {
  exposure: { mode: ExposureMode; path?: string; hostname?: string };
  ports: { http: number; grpc?: number };
  /** Port Prometheus scrapes; absent means the HTTP port (the action's default). */
  metricsPort?: number;
  callers: string[];
  callees: string[];
  dataServices: DataService[];
}

/** The platform's service ports (the seed's conventions and the action's callee ports). */
export const DEFAULT_HTTP_PORT = 8080;
export const DEFAULT_GRPC_PORT = 50051;

const MODES: readonly ExposureMode[] = ['internal', 'shared', 'own'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

// Numbers are kept as they are (even invalid ones) so validation can name them; only absent or
// non-numeric values fall back.
function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function refs(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

function dataServices(value: unknown): DataService[] {
  return Array.isArray(value)
    ? DATA_SERVICES.filter(service => value.includes(service))
    : [];
}

/**
 * Ports default to HTTP 8080 and gRPC 50051 only while the developer has not touched them: once
 * `ports` exists, a missing gRPC port means the service has none (the action's own default).
 */
function readPorts(value: unknown): NetworkExposureValue['ports'] {
  if (!isRecord(value)) {
    return { http: DEFAULT_HTTP_PORT, grpc: DEFAULT_GRPC_PORT };
  }
  const grpc = optionalNumber(value.grpc);
  const http = optionalNumber(value.http) ?? DEFAULT_HTTP_PORT;
  return grpc === undefined ? { http } : { http, grpc };
}

/**
 * Reads the field's keys out of form data (the field's own object, or the whole step when the
 * field renders a step), with the defaults the template and the action agree on.
 */
export function readNetworkExposure(formData: unknown): NetworkExposureValue {
  const data = isRecord(formData) ? formData : {};
  const exposure = isRecord(data.exposure) ? data.exposure : {};
  const mode = MODES.find(m => m === exposure.mode) ?? 'shared';
  const value: NetworkExposureValue = {
    exposure: { mode },
    ports: readPorts(data.ports),
    callers: refs(data.callers),
    callees: refs(data.callees),
    dataServices: dataServices(data.dataServices),
  };
  const path = optionalString(exposure.path);
  const hostname = optionalString(exposure.hostname);
  if (mode !== 'internal' && path !== undefined) {
    value.exposure.path = path;
  }
  if (mode === 'own' && hostname !== undefined) {
    value.exposure.hostname = hostname;
  }
  const metricsPort = optionalNumber(data.metricsPort);
  if (metricsPort !== undefined) {
    value.metricsPort = metricsPort;
  }
  return value;
}

/** Whether a value passed to the validator is the field's own object (not a nested property). */
export function isNetworkExposureObject(value: unknown): boolean {
  return isRecord(value) && isRecord(value.exposure);
}
