import type { KubernetesObject } from '../manifests/types';
import type { TunnelIngressRule } from './tunnelRuleOrder';

/** The systems a network change touches, one plan entry each. @public */
export type WriteSystem =
  | 'workload'
  | 'httproute'
  | 'policy'
  | 'tunnel'
  | 'dns-public'
  | 'dns-private';

/** The ConfigMap holding a locally managed tunnel's `config.yaml`. @public */
export interface TunnelConfigMapRef {
  namespace: string;
  name: string;
  key: string;
}

/**
 * One change to the GitOps folder. Files are relative to the folder's root.
 *
 * @public
 */
export type GitopsChange =
  | {
      type: 'put-object';
      system: WriteSystem;
      file: string;
      object: KubernetesObject;
      owner: string;
    }
  | {
      type: 'put-tunnel-rule';
      system: 'tunnel';
      file: string;
      configMap: TunnelConfigMapRef;
      rule: TunnelIngressRule;
      owner: string;
    }
  | {
      type: 'remove-objects';
      system: WriteSystem;
      file: string;
      owner: string;
      /** Only objects of these kinds; default: every object `owner` owns in the file. */
      kinds?: string[];
      /** Only objects of these names. */
      names?: string[];
    }
  | {
      type: 'remove-tunnel-rules';
      system: 'tunnel';
      file: string;
      configMap: TunnelConfigMapRef;
      owner: string;
      /** Only the rules of this hostname; default: every rule `owner` owns. */
      hostname?: string;
    };

/** What a change does (or would do) to one object. @public */
export type PlanAction =
  | 'create'
  | 'update'
  | 'unchanged'
  | 'conflict'
  | 'delete';

/**
 * One line of a plan: per system and object, what happens, and why when it cannot.
 * A plain JSON shape, so it can go into a scaffolder step's output as is.
 *
 * @public
 */
export type PlannedChange = {
  system: WriteSystem;
  /** `gitops`: a file of the GitOps folder; `direct`: a provider API. */
  target: 'gitops' | 'direct';
  action: PlanAction;
  /**
   * Relative to the GitOps folder; for the direct target, where the object lives, e.g.
   * `cluster:prod`, `cloudflare:tunnel/<id>`, `cloudflare:zone/localplus.io`, `route53:zone/Z…`.
   */
  file: string;
  object: { kind: string; name: string; namespace?: string };
  /** For conflicts: what is in the way and who owns it. */
  reason?: string;
  /** The object (or tunnel rule) as written. */
  manifest?: Record<string, unknown>;
};
