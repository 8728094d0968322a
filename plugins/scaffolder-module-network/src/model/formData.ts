import type { NetworkExposureValue } from './value';

/** The key the review step reads the plan in words from, when the template declares it. */
export const PLAN_KEY = 'networkPlan';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the schema the field renders has a `networkPlan` property to fill. */
export function schemaWantsPlan(schema: unknown): boolean {
  return (
    isObject(schema) &&
    isObject(schema.properties) &&
    PLAN_KEY in schema.properties
  );
}

/**
 * The form data with the field's keys replaced: other keys (the rest of the step, when the field
 * renders a whole step) are kept; optional keys that are unset are removed, not left undefined.
 */
export function writeNetworkExposure(
  formData: unknown,
  value: NetworkExposureValue,
  plan: string[] | undefined,
): JsonObject {
  const next: JsonObject = { ...(isObject(formData) ? formData : {}) };
  const exposure: JsonObject = { mode: value.exposure.mode };
  if (value.exposure.path !== undefined) {
    exposure.path = value.exposure.path;
  }
  if (value.exposure.hostname !== undefined) {
    exposure.hostname = value.exposure.hostname;
  }
  next.exposure = exposure;
  next.ports =
    value.ports.grpc === undefined
      ? { http: value.ports.http }
      : { http: value.ports.http, grpc: value.ports.grpc };
  if (value.metricsPort === undefined) {
    delete next.metricsPort;
  } else {
    next.metricsPort = value.metricsPort;
  }
  next.callers = [...value.callers];
  next.callees = [...value.callees];
  next.dataServices = [...value.dataServices];
  if (plan) {
    next[PLAN_KEY] = plan;
  }
  return next;
}

/** Key-order-independent equality of JSON values. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => jsonEqual(item, b[i]))
    );
  }
  if (!isObject(a) || !isObject(b)) {
    return false;
  }
  const keys = Object.keys(a).filter(k => a[k] !== undefined);
  const otherKeys = Object.keys(b).filter(k => b[k] !== undefined);
  return (
    keys.length === otherKeys.length && keys.every(k => jsonEqual(a[k], b[k]))
  );
}
