import { Scalar, isScalar } from 'yaml';
import type { KubernetesObject } from '../manifests/types';
import { join, split } from './yamlDocuments';

/**
 * Reading and replacing one string value of an object in a manifest file, such as the
 * cloudflared ConfigMap's `data."config.yaml"`, without re-rendering the rest of the file.
 */

function replaceBlockLiteral(
  segment: string,
  scalar: Scalar,
  offset: number,
  value: string,
): string | undefined {
  const [start, , end] = scalar.range ?? [];
  if (start === undefined || end === undefined || !value.endsWith('\n')) {
    return undefined;
  }
  const source = segment.slice(start - offset, end - offset);
  const [header, firstLine] = source.split('\n');
  const indent = /^( *)/.exec(firstLine ?? '')?.[1] ?? '';
  if (header.trim() !== '|' || indent === '') {
    return undefined;
  }
  const body = value
    .slice(0, -1)
    .split('\n')
    .map(line => (line ? `${indent}${line}` : ''))
    .join('\n');
  return `${segment.slice(0, start - offset)}|\n${body}\n${segment.slice(
    end - offset,
  )}`;
}

/**
 * Replaces one string value (such as a ConfigMap's `data."config.yaml"`) of the object that
 * `predicate` selects. A `|` block literal is replaced in place so the rest of the document keeps
 * its formatting; any other form renders that document again.
 *
 * @returns the new file text, or undefined when no document matches or the value is no string
 * @public
 */
export function editStringValueInFile(
  text: string,
  predicate: (object: KubernetesObject) => boolean,
  path: string[],
  edit: (value: string) => string,
  file: string,
): string | undefined {
  const segments = split(text, file);
  const index = segments.findIndex(s => s.object && predicate(s.object));
  if (index < 0) {
    return undefined;
  }
  const { doc } = segments[index];
  const node = doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'string') {
    return undefined;
  }
  const next = edit(node.value);
  if (next === node.value) {
    return text;
  }
  const texts = segments.map(s => s.text);
  const inPlace = replaceBlockLiteral(
    texts[index],
    node,
    segments[index].start,
    next,
  );
  if (inPlace !== undefined) {
    texts[index] = inPlace;
  } else {
    node.value = next;
    const lead = texts[index].slice(0, segments[index].bodyStart);
    texts[index] = `${lead.includes('---') ? lead : ''}${doc.toString()}`;
  }
  return join(texts);
}

/** Reads one string value of the object `predicate` selects. @public */
export function readStringValueInFile(
  text: string,
  predicate: (object: KubernetesObject) => boolean,
  path: string[],
  file: string,
): string | undefined {
  const segment = split(text, file).find(s => s.object && predicate(s.object));
  const node = segment?.doc.getIn(path, true);
  return isScalar(node) && typeof node.value === 'string'
    ? node.value
    : undefined;
}
