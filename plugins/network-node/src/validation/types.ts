import type { KubernetesObject } from '../manifests/types';

/**
 * One `x-kubernetes-validations` entry of a CRD schema.
 *
 * @public
 */
export interface ValidationRule {
  rule: string;
  message?: string;
  messageExpression?: string;
  reason?: string;
  fieldPath?: string;
  optionalOldSelf?: boolean;
}

/**
 * The parts of a CRD's OpenAPI v3 (structural) schema this package reads.
 *
 * @public
 */
export interface JSONSchemaProps {
  type?: string;
  format?: string;
  description?: string;
  properties?: Record<string, JSONSchemaProps>;
  items?: JSONSchemaProps;
  additionalProperties?: boolean | JSONSchemaProps;
  required?: string[];
  enum?: unknown[];
  default?: unknown;
  nullable?: boolean;
  anyOf?: JSONSchemaProps[];
  oneOf?: JSONSchemaProps[];
  allOf?: JSONSchemaProps[];
  not?: JSONSchemaProps;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  multipleOf?: number;
  uniqueItems?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-validations'?: ValidationRule[];
  [key: string]: unknown;
}

/**
 * One version of a CustomResourceDefinition.
 *
 * @public
 */
export interface CustomResourceDefinitionVersion {
  name: string;
  served: boolean;
  storage: boolean;
  deprecated?: boolean;
  schema?: { openAPIV3Schema?: JSONSchemaProps };
  subresources?: { status?: object; scale?: object };
  [key: string]: unknown;
}

/**
 * An `apiextensions.k8s.io/v1` CustomResourceDefinition, as far as validation
 * needs it.
 *
 * @public
 */
export interface CustomResourceDefinition {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; [key: string]: unknown };
  spec: {
    group: string;
    names: { kind: string; plural: string; [key: string]: unknown };
    scope: 'Namespaced' | 'Cluster';
    versions: CustomResourceDefinitionVersion[];
    [key: string]: unknown;
  };
}

/**
 * One reason a manifest would be rejected by the API server.
 *
 * @public
 */
export interface ManifestValidationError {
  /** Field path such as `spec.rules[0].matches[0].path`; '' is the object itself. */
  path: string;
  message: string;
  /** The CEL rule text, for errors coming from `x-kubernetes-validations`. */
  rule?: string;
}

/**
 * The outcome of validating one manifest against its CRD.
 *
 * @public
 */
export interface ManifestValidation {
  /** `unknown-kind` when no loaded CRD serves the object's group, version and kind. */
  status: 'valid' | 'invalid' | 'unknown-kind';
  kind: string;
  name: string;
  namespace?: string;
  errors: ManifestValidationError[];
}

/**
 * Validates manifests the way the API server would on create, for the kinds
 * whose CRDs it was given.
 *
 * @public
 */
export interface ManifestValidator {
  /** Checks structural schema and CEL rules after applying schema defaults. */
  validate(object: KubernetesObject): ManifestValidation;
  /**
   * Returns a copy with the CRD's schema defaults applied, as the API server
   * stores it; unknown kinds come back as an unchanged copy.
   */
  applyDefaults(object: KubernetesObject): KubernetesObject;
}
