import { parse, stringify } from 'yaml';

/**
 * One serialisation for everything the writers produce, so that the same input always gives
 * byte-identical files. YAML 1.1 quoting keeps strings such as `on`, `no` or `1:30` quoted, since
 * kubectl and Argo CD decode manifests with YAML 1.1 semantics; single quotes match the repo's
 * prettier style.
 *
 * @public
 */
export function renderYaml(value: unknown): string {
  return stringify(value, {
    version: '1.1',
    singleQuote: true,
    lineWidth: 0,
    aliasDuplicateObjects: false,
  });
}

/**
 * Parses one YAML document with the same (YAML 1.1) semantics the writers render with.
 *
 * @public
 */
export function parseYaml(text: string): unknown {
  return parse(text, { version: '1.1' });
}
