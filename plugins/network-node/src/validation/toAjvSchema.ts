import { kubernetesFormats } from './formats';
import type { JSONSchemaProps } from './types';

type AjvSchema = Record<string, unknown>;

// Keywords whose meaning is the same in OpenAPI v3.0 and JSON Schema draft-07.
const COPIED_KEYWORDS = [
  'type',
  'required',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'minimum',
  'maximum',
  'multipleOf',
  'uniqueItems',
] as const;

function mapValues<T, U>(
  record: Record<string, T>,
  fn: (value: T) => U,
): Record<string, U> {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, fn(value)]),
  );
}

/**
 * Converts a CRD's structural schema to a draft-07 schema for ajv. Kubernetes
 * extensions become plain JSON Schema; `x-kubernetes-validations`, list types
 * and defaults are dropped here (defaults and CEL rules are handled apart).
 *
 * Unknown fields are rejected (`additionalProperties: false` on every object
 * with a fixed set of properties), like kubectl's default strict field
 * validation; the API server alone would silently prune them.
 */
export function toAjvSchema(
  schema: JSONSchemaProps,
  isRoot = false,
): AjvSchema {
  const out: AjvSchema = {};
  for (const keyword of COPIED_KEYWORDS) {
    if (schema[keyword] !== undefined) {
      out[keyword] = schema[keyword];
    }
  }
  if (schema.format && schema.format in kubernetesFormats) {
    out.format = schema.format;
  }
  // OpenAPI 3.0 has boolean exclusive bounds; draft-07 has numeric ones
  if (schema.exclusiveMinimum === true && schema.minimum !== undefined) {
    out.exclusiveMinimum = schema.minimum;
    delete out.minimum;
  }
  if (schema.exclusiveMaximum === true && schema.maximum !== undefined) {
    out.exclusiveMaximum = schema.maximum;
    delete out.maximum;
  }

  const preserveUnknown = schema['x-kubernetes-preserve-unknown-fields'];
  const properties: Record<string, AjvSchema> = schema.properties
    ? mapValues(schema.properties, p => toAjvSchema(p))
    : {};
  if (schema['x-kubernetes-embedded-resource']) {
    properties.apiVersion ??= { type: 'string' };
    properties.kind ??= { type: 'string' };
    properties.metadata ??= { type: 'object' };
  }
  if (isRoot) {
    // object metadata is the API server's business, not the CRD's
    properties.metadata = { type: 'object' };
  }
  if (Object.keys(properties).length > 0) {
    out.properties = properties;
  }
  if (schema.items) {
    out.items = toAjvSchema(schema.items);
  }
  if (typeof schema.additionalProperties === 'object') {
    out.additionalProperties = toAjvSchema(schema.additionalProperties);
  } else if (typeof schema.additionalProperties === 'boolean') {
    out.additionalProperties = schema.additionalProperties;
  } else if (schema.type === 'object' && !preserveUnknown) {
    out.additionalProperties = false;
  }

  for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const) {
    const branches = schema[keyword];
    if (branches) {
      out[keyword] = branches.map(branch => toAjvSchema(branch));
    }
  }
  if (schema.not) {
    out.not = toAjvSchema(schema.not);
  }

  if (schema['x-kubernetes-int-or-string']) {
    delete out.type;
    const alternatives: AjvSchema[] = [{ type: 'integer' }, { type: 'string' }];
    if (schema.nullable) {
      alternatives.push({ type: 'null' });
    }
    if (out.anyOf) {
      out.allOf = [
        ...((out.allOf as AjvSchema[]) ?? []),
        { anyOf: alternatives },
      ];
    } else {
      out.anyOf = alternatives;
    }
  } else if (schema.nullable) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
    }
    if (Array.isArray(out.enum)) {
      out.enum = [...out.enum, null];
    }
  }
  return out;
}
