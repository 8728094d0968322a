import { SourceSnapshot } from '@localplus/plugin-network-common';

/**
 * One place the suite reads network state from: the GitOps location, a cluster, a provider's
 * API, or a third party's system added through the backend's extension point.
 * @public
 */
export interface NetworkSource {
  /** Stable and unique: `gitops`, `kubernetes:<cluster>`, `cloudflare`, `route53`… */
  readonly id: string;
  readonly state: 'declared' | 'live';
  /**
   * A complete snapshot. Throws when the source cannot be read at all (the index keeps the last
   * good snapshot and reports the error); partial trouble goes into `problems` instead.
   */
  read(options?: { signal?: AbortSignal }): Promise<SourceSnapshot>;
  /**
   * For sources that watch (Kubernetes informers): start watching and call `onChange` after each
   * change, so the index rebuilds without re-listing. Returns a function that stops watching.
   */
  watch?(onChange: () => void): Promise<() => void>;
}
