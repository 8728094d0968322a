/**
 * Node-side parts of the network suite: reading GitOps manifests, validating them against
 * upstream CRDs (OpenAPI schema and CEL rules), and the sources of network state the index
 * reads (GitOps, Kubernetes, Cloudflare, Route53), with the extension point for more.
 *
 * @packageDocumentation
 */
export * from './manifests';
export * from './validation';
export * from './sources';
export * from './writers';
