import type { JSONSchemaProps } from './types';

/**
 * A step in a field path: a property name, a list index, or a map key
 * (rendered `[key]`, as the API server does for maps).
 */
export type PathSegment = string | number | { key: string };

export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
    } else if (typeof segment === 'object') {
      out += `[${segment.key}]`;
    } else {
      out += out === '' ? segment : `.${segment}`;
    }
  }
  return out;
}

function unescapePointer(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function isPlainObject(
  value: unknown,
): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns a JSON pointer into path segments, using the data to tell list
 * indices from keys and the schema to tell map keys from properties.
 */
export function pointerToPath(
  pointer: string,
  data: unknown,
  schema: JSONSchemaProps | undefined,
): PathSegment[] {
  const segments: PathSegment[] = [];
  if (pointer === '') {
    return segments;
  }
  let value = data;
  let node = schema;
  for (const raw of pointer.slice(1).split('/')) {
    const token = unescapePointer(raw);
    if (Array.isArray(value)) {
      const index = Number(token);
      segments.push(index);
      value = value[index];
      node = node?.items;
      continue;
    }
    if (node?.properties && token in node.properties) {
      segments.push(token);
      node = node.properties[token];
    } else if (node && typeof node.additionalProperties === 'object') {
      segments.push({ key: token });
      node = node.additionalProperties;
    } else {
      segments.push(token);
      node = undefined;
    }
    value = isPlainObject(value) ? value[token] : undefined;
  }
  return segments;
}
