export { createManifestValidator } from './createManifestValidator';
export { loadCustomResourceDefinitions } from './loadCustomResourceDefinitions';
export type {
  CustomResourceDefinition,
  CustomResourceDefinitionVersion,
  JSONSchemaProps,
  ManifestValidation,
  ManifestValidationError,
  ManifestValidator,
  ValidationRule,
} from './types';
