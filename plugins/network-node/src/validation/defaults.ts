import { isPlainObject } from './fieldPath';
import type { JSONSchemaProps } from './types';

function childSchema(
  schema: JSONSchemaProps,
  key: string,
): JSONSchemaProps | undefined {
  const property = schema.properties?.[key];
  if (property) {
    return property;
  }
  return typeof schema.additionalProperties === 'object'
    ? schema.additionalProperties
    : undefined;
}

/**
 * Applies schema defaults in place, the way the API server does before it
 * validates: `null` in a non-nullable field is replaced by the field's default,
 * or dropped when there is none; a missing field gets its default; then the
 * walk descends (also into defaults just added and into list items).
 */
export function applySchemaDefaults(
  value: unknown,
  schema: JSONSchemaProps | undefined,
): void {
  if (!schema) {
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      applySchemaDefaults(item, schema.items);
    }
    return;
  }
  if (!isPlainObject(value)) {
    return;
  }

  for (const key of Object.keys(value)) {
    const child = childSchema(schema, key);
    if (value[key] === null && child && !child.nullable) {
      if (child.default === undefined) {
        delete value[key];
      } else {
        value[key] = structuredClone(child.default);
      }
    }
  }
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if (property.default !== undefined && !(key in value)) {
      value[key] = structuredClone(property.default);
    }
  }
  for (const [key, child] of Object.entries(value)) {
    applySchemaDefaults(child, childSchema(schema, key));
  }
}
