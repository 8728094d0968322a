import type { KubernetesObject } from '../manifests/types';
import { CelRuleEvaluator } from './celRules';
import { applySchemaDefaults } from './defaults';
import {
  StructuralValidator,
  compileStructuralValidator,
  createAjv,
} from './structuralValidation';
import type {
  CustomResourceDefinition,
  CustomResourceDefinitionVersion,
  JSONSchemaProps,
  ManifestValidation,
  ManifestValidationError,
  ManifestValidator,
} from './types';

const CEL_SKIPPED_MESSAGE =
  'some validation rules were not checked because the object was invalid; correct the existing errors to complete validation';

interface ServedVersion {
  crd: CustomResourceDefinition;
  version: CustomResourceDefinitionVersion;
  schema: JSONSchemaProps;
  structural?: StructuralValidator;
}

function gvkKey(group: string, version: string, kind: string): string {
  return `${group}/${version}/${kind}`;
}

function splitApiVersion(apiVersion: string): [string, string] {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0
    ? ['', apiVersion]
    : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}

/**
 * Builds a validator for manifests of the given CRDs' kinds. Each CRD
 * version's schema is compiled on first use and then reused.
 *
 * @param crds - e.g. from {@link loadCustomResourceDefinitions}; for the same
 *   group and kind a later CRD replaces an earlier one
 * @public
 */
export function createManifestValidator(
  crds: CustomResourceDefinition[],
): ManifestValidator {
  const served = new Map<string, ServedVersion>();
  for (const crd of crds) {
    for (const version of crd.spec.versions) {
      const schema = version.schema?.openAPIV3Schema;
      if (version.served && schema) {
        served.set(gvkKey(crd.spec.group, version.name, crd.spec.names.kind), {
          crd,
          version,
          schema,
        });
      }
    }
  }
  const ajv = createAjv();
  const cel = new CelRuleEvaluator();

  const lookup = (object: KubernetesObject) => {
    const [group, version] = splitApiVersion(object.apiVersion);
    return served.get(gvkKey(group, version, object.kind));
  };

  // what the API server would store: status dropped when it is a subresource,
  // then schema defaults applied
  const defaulted = (
    object: KubernetesObject,
    entry: ServedVersion | undefined,
  ): KubernetesObject => {
    const copy = structuredClone(object);
    if (entry) {
      if (entry.version.subresources?.status) {
        delete copy.status;
      }
      applySchemaDefaults(copy, entry.schema);
    }
    return copy;
  };

  return {
    applyDefaults(object) {
      return defaulted(object, lookup(object));
    },

    validate(object) {
      const result: ManifestValidation = {
        status: 'valid',
        kind: object.kind,
        name: object.metadata?.name ?? '',
        ...(object.metadata?.namespace !== undefined && {
          namespace: object.metadata.namespace,
        }),
        errors: [],
      };
      const entry = lookup(object);
      if (!entry) {
        return { ...result, status: 'unknown-kind' };
      }

      const copy = defaulted(object, entry);
      const errors: ManifestValidationError[] = [];
      if (!copy.metadata?.name && !copy.metadata?.generateName) {
        errors.push({ path: 'metadata.name', message: 'Required value' });
      }
      entry.structural ??= compileStructuralValidator(ajv, entry.schema);
      const structural = entry.structural(copy);
      errors.push(...structural.errors);
      if (structural.blocking) {
        errors.push({ path: '', message: CEL_SKIPPED_MESSAGE });
      } else {
        errors.push(...cel.evaluate(copy, entry.schema));
      }

      return {
        ...result,
        status: errors.length > 0 ? 'invalid' : 'valid',
        errors,
      };
    },
  };
}
