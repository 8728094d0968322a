import { readFileSync } from 'node:fs';
import { InputError } from '@backstage/errors';
import { parseManifests } from '../manifests/parseManifests';
import type { CustomResourceDefinition } from './types';

const CRD_API_VERSION = 'apiextensions.k8s.io/v1';

/**
 * Reads CRDs from YAML files, e.g. the upstream bundles. Other kinds of
 * objects in the same files are ignored; a file without any CRD, or with YAML
 * errors, is a configuration mistake and throws.
 *
 * @param files - paths of YAML files; each may hold several documents
 * @public
 */
export function loadCustomResourceDefinitions(
  files: string[],
): CustomResourceDefinition[] {
  const crds: CustomResourceDefinition[] = [];
  for (const file of files) {
    const { manifests, problems } = parseManifests(
      readFileSync(file, 'utf8'),
      file,
    );
    if (problems.length > 0) {
      const [first] = problems;
      throw new InputError(
        `Cannot read CRDs from ${file}:${first.line}: ${first.message}`,
      );
    }
    const found = manifests
      .map(m => m.object)
      .filter(o => o.kind === 'CustomResourceDefinition');
    for (const object of found) {
      if (object.apiVersion !== CRD_API_VERSION) {
        throw new InputError(
          `${file}: CRD ${object.metadata.name} is ${object.apiVersion}; only ${CRD_API_VERSION} is supported`,
        );
      }
      crds.push(object as unknown as CustomResourceDefinition);
    }
    if (found.length === 0) {
      throw new InputError(`${file} holds no CustomResourceDefinition`);
    }
  }
  return crds;
}
