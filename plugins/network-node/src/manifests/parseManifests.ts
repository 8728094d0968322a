import {
  Document,
  LineCounter,
  Node as YamlNode,
  isMap,
  isSeq,
  parseAllDocuments,
} from 'yaml';
import type { Tags } from 'yaml';
import type {
  KubernetesObject,
  Manifest,
  ManifestProblem,
  ManifestReadResult,
} from './types';

// kubectl, Argo CD and Flux decode YAML with go-yaml v2 semantics (YAML 1.1:
// `yes`/`on` are booleans, `0644` is octal, `<<` merges), so a manifest means
// here what it means to the cluster. go-yaml has no sexagesimal numbers and
// leaves timestamps as strings when decoding into untyped values, so those
// YAML 1.1 tags are dropped (`1:30` and `2024-01-01` stay strings).
const YAML_TIMESTAMP_TAG = 'tag:yaml.org,2002:timestamp';
const goYamlTags = (tags: Tags) =>
  tags.filter(
    tag =>
      typeof tag === 'string' ||
      (tag.tag !== YAML_TIMESTAMP_TAG && tag.format !== 'TIME'),
  ) as Tags;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The yaml package appends " at line L, column C:" and a code frame; the
// position is reported separately, so keep the sentence only.
function shortYamlMessage(message: string): string {
  const first = message.split('\n')[0];
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

type Check =
  | { ok: true; object: KubernetesObject }
  | { ok: false; message: string };

function checkObject(value: unknown, what: string): Check {
  if (!isRecord(value)) {
    const type = Array.isArray(value) ? 'a sequence' : `a ${typeof value}`;
    return {
      ok: false,
      message: `${what} is ${type}, not a Kubernetes object (a mapping with apiVersion and kind)`,
    };
  }
  const missing = ['apiVersion', 'kind'].filter(
    key => typeof value[key] !== 'string' || value[key] === '',
  );
  if (missing.length > 0) {
    return {
      ok: false,
      message: `${what} is not a Kubernetes object: it has no ${missing.join(
        ' and no ',
      )}`,
    };
  }
  if (value.metadata !== undefined && !isRecord(value.metadata)) {
    return {
      ok: false,
      message: `${what} has a metadata field that is not a mapping`,
    };
  }
  return {
    ok: true,
    object: { ...value, metadata: value.metadata ?? {} } as KubernetesObject,
  };
}

/**
 * Parses the text of one manifest file. Pure, so the backend can feed it text
 * from Backstage URL readers as well as from disk.
 *
 * @param text - the file content (may hold several `---` separated documents)
 * @param file - the name to record in sources and problems
 * @public
 */
export function parseManifests(text: string, file: string): ManifestReadResult {
  const manifests: Manifest[] = [];
  const problems: ManifestProblem[] = [];
  const lineCounter = new LineCounter();
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;

  const docs = parseAllDocuments(text, {
    lineCounter,
    version: '1.1',
    customTags: goYamlTags,
  });
  if (docs.length === 0) {
    // an empty stream still carries stream-level errors, if any
    for (const error of 'errors' in docs ? docs.errors : []) {
      problems.push({
        file,
        line: error.linePos?.[0].line ?? 1,
        message: shortYamlMessage(error.message),
      });
    }
    return { manifests, problems };
  }

  docs.forEach((doc: Document.Parsed, documentIndex) => {
    const docLine = lineOf(doc.contents?.range[0] ?? doc.range[0]);
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        problems.push({
          file,
          line: error.linePos?.[0].line ?? docLine,
          message: `YAML syntax error: ${shortYamlMessage(error.message)}`,
        });
      }
      return;
    }

    let value: unknown;
    try {
      value = doc.toJS();
    } catch (error) {
      // e.g. an alias bomb (too many alias expansions) or an unresolved alias
      problems.push({
        file,
        line: docLine,
        message: `YAML error: ${(error as Error).message}`,
      });
      return;
    }
    if (value === null || value === undefined) {
      return; // an empty document, e.g. a trailing `---`
    }

    const what = `document ${documentIndex + 1}`;
    const checked = checkObject(value, what);
    if (!checked.ok) {
      problems.push({ file, line: docLine, message: checked.message });
      return;
    }
    const object = checked.object;

    if (object.kind === 'List' && Array.isArray(object.items)) {
      const itemNodes = isMap(doc.contents) && doc.contents.get('items', true);
      const nodes = isSeq(itemNodes) ? itemNodes.items : [];
      object.items.forEach((item, index) => {
        const node = nodes[index] as YamlNode | undefined;
        const line = lineOf(node?.range?.[0] ?? doc.contents?.range[0]);
        const checkedItem = checkObject(
          item,
          `item ${index} of the List in ${what}`,
        );
        if (checkedItem.ok) {
          manifests.push({
            object: checkedItem.object,
            source: { file, line, documentIndex },
          });
        } else {
          problems.push({ file, line, message: checkedItem.message });
        }
      });
      return;
    }

    manifests.push({ object, source: { file, line: docLine, documentIndex } });
  });

  return { manifests, problems };
}
