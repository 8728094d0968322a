import { ConflictError } from '@backstage/errors';
import { Document, parseAllDocuments } from 'yaml';
import type { KubernetesObject } from '../manifests/types';
import { ownerOf, sameObject } from './ownership';
import { renderYaml } from './yamlText';

/**
 * Edits of multi-document manifest files that leave every document we do not change byte for
 * byte as it was: only the document we own (or the one value we edit) is rendered again.
 */

export interface Segment {
  /** The source of this document, with the separator and comments that precede it. */
  text: string;
  /** Where `text` starts in the file. */
  start: number;
  /** Where the document itself starts inside `text` (after leading comments of the file). */
  bodyStart: number;
  doc: Document;
  object?: KubernetesObject;
}

function isObject(value: unknown): value is KubernetesObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as KubernetesObject).kind === 'string' &&
    typeof (value as KubernetesObject).metadata === 'object'
  );
}

/** The documents of a file, each with the exact source text it came from. */
export function split(text: string, file: string): Segment[] {
  const docs = parseAllDocuments(text, { version: '1.1' });
  if (!Array.isArray(docs)) {
    return [];
  }
  const broken = docs.find(d => d.errors.length > 0);
  if (broken) {
    throw new ConflictError(
      `${file} is not valid YAML (${
        broken.errors[0].message.split('\n')[0]
      }); fix it before the suite edits it`,
    );
  }
  return docs.map((doc, index) => {
    const start = index === 0 ? 0 : docs[index - 1].range[2];
    const end = index === docs.length - 1 ? text.length : doc.range[2];
    const value = doc.toJS();
    return {
      text: text.slice(start, end),
      start,
      bodyStart: doc.range[0] - start,
      doc,
      object: isObject(value) ? value : undefined,
    };
  });
}

/** Joins document texts again, adding `---` where a separator is missing. */
export function join(segments: string[]): string {
  return segments
    .map((segment, index) => {
      const withNewline = segment.endsWith('\n') ? segment : `${segment}\n`;
      return index > 0 && !/^(\s*#.*\n)*\s*---/.test(segment)
        ? `---\n${withNewline}`
        : withNewline;
    })
    .join('');
}

/** JSON with sorted keys: equality of meaning, whatever the key order in the file. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v).sort(([a], [b]) => (a < b ? -1 : Number(a > b))),
        )
      : v,
  );
}

/** @public */
export interface ObjectEdit {
  action: 'create' | 'update' | 'unchanged' | 'conflict';
  reason?: string;
  /** The file's new text; the old text when nothing changes. */
  text: string;
}

function describe(object: KubernetesObject): string {
  const ns = object.metadata.namespace ? `${object.metadata.namespace}/` : '';
  return `${object.kind} ${ns}${object.metadata.name}`;
}

/**
 * Puts `object` into a manifest file: appended when absent, rendered again when we own it and it
 * differs, left alone when equal. Refuses when an object of the same identity exists that we do
 * not own.
 *
 * @param text - the file's content, or undefined when the file does not exist
 * @public
 */
export function upsertObjectInFile(
  text: string | undefined,
  object: KubernetesObject,
  owner: string,
  file: string,
): ObjectEdit {
  const rendered = renderYaml(object);
  if (text === undefined || text.trim() === '') {
    return { action: 'create', text: rendered };
  }
  const segments = split(text, file);
  const index = segments.findIndex(
    s => s.object && sameObject(s.object, object),
  );
  if (index < 0) {
    return {
      action: 'create',
      text: join([...segments.map(s => s.text), rendered]),
    };
  }
  const existing = segments[index].object!;
  const existingOwner = ownerOf(existing);
  if (existingOwner !== owner) {
    return {
      action: 'conflict',
      reason: `${describe(object)} already exists in ${file}, ${
        existingOwner ? `owned by ${existingOwner}` : 'not managed by Backstage'
      }`,
      text,
    };
  }
  if (stableJson(existing) === stableJson(object)) {
    return { action: 'unchanged', text };
  }
  const texts = segments.map(s => s.text);
  const segment = segments[index];
  const lead = segment.text.slice(0, segment.bodyStart);
  texts[index] = `${lead}${
    index > 0 && !lead.includes('---') ? '---\n' : ''
  }${rendered}`;
  return { action: 'update', text: join(texts) };
}

/**
 * Removes the documents `predicate` selects. Returns the new text ('' when nothing is left) and
 * the removed objects.
 *
 * @public
 */
export function removeObjectsFromFile(
  text: string,
  predicate: (object: KubernetesObject) => boolean,
  file: string,
): { text: string; removed: KubernetesObject[] } {
  const segments = split(text, file);
  const removed = segments
    .filter(s => s.object && predicate(s.object))
    .map(s => s.object!);
  if (removed.length === 0) {
    return { text, removed };
  }
  const kept = segments.filter(s => !(s.object && predicate(s.object)));
  if (kept.every(s => !s.object)) {
    return { text: '', removed };
  }
  return { text: join(kept.map(s => s.text)), removed };
}

/** The objects of a manifest file (documents that are not objects are skipped). @public */
export function objectsInFile(text: string, file: string): KubernetesObject[] {
  return split(text, file).flatMap(s => (s.object ? [s.object] : []));
}
