/**
 * Node-side parts of the network suite: reading GitOps manifests and
 * validating them against upstream CRDs (OpenAPI schema and CEL rules).
 *
 * @packageDocumentation
 */
export * from './manifests';
export * from './validation';
