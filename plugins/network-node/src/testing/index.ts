/**
 * Test helpers for packages that validate against the shared upstream CRDs.
 *
 * @packageDocumentation
 */
export {
  SHARED_CRDS_MISSING_WARNING,
  findRepoRoot,
  findSharedCrdsDir,
} from './sharedCrds';
export * from './cloudflareApiServer';
export * from './route53ApiServer';
export * from './kubernetesApiServer';
