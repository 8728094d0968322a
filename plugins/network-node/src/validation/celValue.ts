import type { CelInput } from '@bufbuild/cel';
import { isPlainObject } from './fieldPath';
import type { JSONSchemaProps } from './types';

// From k8s.io/apiserver/pkg/cel/escaping.go: property names that are CEL
// keywords are wrapped in double underscores (`namespace` → `__namespace__`).
const CEL_RESERVED = new Set([
  'true',
  'false',
  'null',
  'in',
  'as',
  'break',
  'const',
  'continue',
  'else',
  'for',
  'function',
  'if',
  'import',
  'let',
  'loop',
  'package',
  'namespace',
  'return',
  'var',
  'void',
  'while',
]);

const ESCAPES: Record<string, string> = {
  __: '__underscores__',
  '.': '__dot__',
  '-': '__dash__',
  '/': '__slash__',
};

/**
 * The name under which CEL rules see an object property, or undefined when
 * the API server makes the property inaccessible to CEL.
 */
export function escapeCelPropertyName(name: string): string | undefined {
  if (name === '' || /^[0-9]/.test(name)) {
    return undefined;
  }
  if (CEL_RESERVED.has(name)) {
    return `__${name}__`;
  }
  let ok = true;
  const escaped = name.replace(/__|[-./]|[^a-zA-Z0-9_]/g, match => {
    const replacement = ESCAPES[match];
    if (replacement === undefined) {
      ok = false;
      return '';
    }
    return replacement;
  });
  return ok ? escaped : undefined;
}

function isIntegerSchema(schema: JSONSchemaProps | undefined): boolean {
  return (
    schema?.type === 'integer' ||
    schema?.['x-kubernetes-int-or-string'] === true
  );
}

function objectToCel(
  value: Record<string, unknown>,
  schema: JSONSchemaProps | undefined,
): Map<string, CelInput> {
  const map = new Map<string, CelInput>();
  if (schema && typeof schema.additionalProperties === 'object') {
    // a map: keys stay as they are
    for (const [key, item] of Object.entries(value)) {
      map.set(key, toCelValue(item, schema.additionalProperties));
    }
    return map;
  }
  const declared = schema?.properties;
  for (const [key, item] of Object.entries(value)) {
    if (declared && !(key in declared)) {
      continue; // unknown fields are pruned before CEL sees the object
    }
    if (
      !declared &&
      schema &&
      !schema['x-kubernetes-preserve-unknown-fields'] &&
      schema.type === 'object'
    ) {
      continue;
    }
    const name = escapeCelPropertyName(key);
    if (name !== undefined) {
      map.set(name, toCelValue(item, declared?.[key]));
    }
  }
  return map;
}

/**
 * Converts a JSON value to the CEL input @bufbuild/cel expects: objects become
 * `Map`s with escaped property names, integers `bigint` (by the schema, as the
 * API server types them; by the value where the schema says nothing).
 */
export function toCelValue(
  value: unknown,
  schema: JSONSchemaProps | undefined,
): CelInput {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value === 'number') {
    const integral =
      isIntegerSchema(schema) ||
      (schema?.type === undefined && Number.isInteger(value));
    return integral && Number.isInteger(value) ? BigInt(value) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map(item => toCelValue(item, schema?.items));
  }
  if (isPlainObject(value)) {
    return objectToCel(value, schema);
  }
  return String(value);
}

/**
 * The root object as rules on the schema root see it: `metadata` only offers
 * `name` and `generateName`, as in the API server.
 */
export function rootToCel(
  value: Record<string, unknown>,
  schema: JSONSchemaProps,
): CelInput {
  const map = objectToCel(value, schema);
  const metadata = value.metadata;
  if (isPlainObject(metadata)) {
    const visible = new Map<string, CelInput>();
    for (const key of ['name', 'generateName']) {
      if (typeof metadata[key] === 'string') {
        visible.set(key, metadata[key] as string);
      }
    }
    map.set('metadata', visible);
  }
  return map;
}
