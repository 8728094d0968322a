import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { RE2JS } from '@bufbuild/re2';
import { kubernetesFormats } from './formats';
import { formatPath, pointerToPath } from './fieldPath';
import { toAjvSchema } from './toAjvSchema';
import type { JSONSchemaProps, ManifestValidationError } from './types';

// Schema patterns are Go (RE2) regular expressions: some use RE2-only syntax
// such as `\PC`, and RE2 has no backtracking blow-ups.
const re2RegExp = Object.assign((pattern: string) => RE2JS.compile(pattern), {
  code: 'require("@bufbuild/re2").RE2JS.compile',
});

/** One ajv instance per validator; each CRD version compiles into it once. */
export function createAjv(): Ajv {
  return new Ajv({
    allErrors: true,
    strict: false,
    verbose: true,
    formats: kubernetesFormats,
    code: { regExp: re2RegExp },
  });
}

// Schema errors that make the API server skip the CEL rules (apiextensions
// strategy.go hasBlockingErr: TypeInvalid, NotSupported, Required, TooLong,
// TooMany), because the rules were written for a well-shaped object.
const BLOCKING_KEYWORDS = new Set([
  'type',
  'enum',
  'required',
  'maxLength',
  'maxItems',
  'maxProperties',
]);

export interface StructuralResult {
  errors: ManifestValidationError[];
  /** True when the API server would not evaluate CEL rules after these errors. */
  blocking: boolean;
}

export type StructuralValidator = (object: unknown) => StructuralResult;

function requiredOnlyNames(branches: unknown): string[] | undefined {
  if (!Array.isArray(branches)) {
    return undefined;
  }
  const names: string[] = [];
  for (const branch of branches as Record<string, unknown>[]) {
    const keys = Object.keys(branch).filter(key => key !== 'properties');
    const required = branch.required;
    if (
      keys.length !== 1 ||
      !Array.isArray(required) ||
      required.length !== 1
    ) {
      return undefined;
    }
    names.push(String(required[0]));
  }
  return names;
}

function typeOnlyNames(branches: unknown): string[] | undefined {
  if (!Array.isArray(branches)) {
    return undefined;
  }
  const types = (branches as Record<string, unknown>[]).map(branch =>
    Object.keys(branch).length === 1 && typeof branch.type === 'string'
      ? branch.type
      : undefined,
  );
  return types.every(Boolean) ? (types as string[]) : undefined;
}

function describe(error: ErrorObject): { message: string; blocking: boolean } {
  const blocking = BLOCKING_KEYWORDS.has(error.keyword);
  switch (error.keyword) {
    case 'required':
      return { message: 'Required value', blocking };
    case 'additionalProperties':
      return { message: 'unknown field', blocking };
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[])
        .map(v => JSON.stringify(v))
        .join(', ');
      return {
        message: `unsupported value ${JSON.stringify(
          error.data,
        )}; supported values: ${allowed}`,
        blocking,
      };
    }
    case 'anyOf':
    case 'oneOf': {
      const names = requiredOnlyNames(error.schema);
      if (names) {
        const quantity =
          error.keyword === 'anyOf' ? 'at least one' : 'exactly one';
        return {
          message: `must specify ${quantity} of: ${names.join(', ')}`,
          blocking,
        };
      }
      const types = typeOnlyNames(error.schema);
      if (types) {
        return {
          message: `must be of type ${types.join(' or ')}`,
          blocking: true,
        };
      }
      return { message: error.message ?? error.keyword, blocking };
    }
    default:
      return { message: error.message ?? error.keyword, blocking };
  }
}

/**
 * Compiles the structural part of a CRD version's schema.
 */
export function compileStructuralValidator(
  ajv: Ajv,
  schema: JSONSchemaProps,
): StructuralValidator {
  const validate: ValidateFunction = ajv.compile(toAjvSchema(schema, true));
  return object => {
    if (validate(object)) {
      return { errors: [], blocking: false };
    }
    const ajvErrors = validate.errors ?? [];
    // the branch errors below a failed anyOf/oneOf are noise next to it
    const compositePaths = ajvErrors
      .filter(e => e.keyword === 'anyOf' || e.keyword === 'oneOf')
      .map(e => `${e.schemaPath}/`);
    const errors: ManifestValidationError[] = [];
    const seen = new Set<string>();
    let blocking = false;
    for (const error of ajvErrors) {
      if (compositePaths.some(prefix => error.schemaPath.startsWith(prefix))) {
        continue;
      }
      const segments = pointerToPath(error.instancePath, object, schema);
      if (error.keyword === 'required') {
        segments.push(String(error.params.missingProperty));
      } else if (error.keyword === 'additionalProperties') {
        segments.push(String(error.params.additionalProperty));
      }
      const described = describe(error);
      const entry = { path: formatPath(segments), message: described.message };
      const key = `${entry.path}\u0000${entry.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        errors.push(entry);
        blocking ||= described.blocking;
      }
    }
    return { errors, blocking };
  };
}
