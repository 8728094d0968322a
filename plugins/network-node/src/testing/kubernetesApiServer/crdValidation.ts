import fs from 'node:fs';
import path from 'node:path';
import { createManifestValidator } from '../../validation/createManifestValidator';
import { loadCustomResourceDefinitions } from '../../validation/loadCustomResourceDefinitions';
import type { ManifestValidator } from '../../validation/types';

// the upstream bundles are large; parse them once per process
const validators = new Map<string, ManifestValidator>();

function yamlFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A validator for every CRD under `dir`, or undefined when the folder is
 * absent (a user's clone has no shared CRDs; the fake then skips validation).
 */
export function crdValidatorFor(dir: string): ManifestValidator | undefined {
  if (!fs.existsSync(dir)) {
    return undefined;
  }
  let validator = validators.get(dir);
  if (!validator) {
    validator = createManifestValidator(
      loadCustomResourceDefinitions(yamlFilesUnder(dir)),
    );
    validators.set(dir, validator);
  }
  return validator;
}
