import type { TemplateActionOptions } from '@backstage/plugin-scaffolder-node';

// The zod instance the scaffolder hands to schema callbacks (zod/v3), typed without depending on
// zod directly.
type InputSchemas = NonNullable<
  NonNullable<TemplateActionOptions['schema']>['input']
>;
export type Zod = Parameters<InputSchemas[string]>[0];

/**
 * The plan every action outputs: one line per system and object. Shared by all actions so the
 * template editor and the actions page describe it once.
 */
export const planOutput = (z: Zod) =>
  z
    .array(
      z.object({
        system: z
          .enum([
            'workload',
            'httproute',
            'policy',
            'tunnel',
            'dns-public',
            'dns-private',
          ])
          .describe('The system the line is about'),
        target: z
          .enum(['gitops', 'direct'])
          .describe(
            'Where the change goes: GitOps files, or the provider APIs directly',
          ),
        action: z
          .enum(['create', 'update', 'unchanged', 'conflict', 'delete'])
          .describe('What happens (or would happen, in a dry run)'),
        file: z
          .string()
          .describe(
            'File in the GitOps folder; for direct, the provider location (cluster:…, cloudflare:…, route53:…)',
          ),
        object: z
          .object({
            kind: z.string(),
            name: z.string(),
            namespace: z.string().optional(),
          })
          .describe('The object the line is about'),
        reason: z
          .string()
          .optional()
          .describe('For conflicts: what is in the way, and who owns it'),
        manifest: z
          .record(z.unknown())
          .optional()
          .describe('The object or tunnel rule as written'),
      }),
    )
    .describe(
      'The plan: per system and object, create / update / unchanged / conflict / delete',
    );

/** The inputs every action shares. */
export const commonInputs = {
  entityRef: (z: Zod) =>
    z
      .string()
      .describe(
        'The component that owns what is written, e.g. component:default/svc-shop; stamped in the network.localplus.io/owner annotation',
      ),
  name: (z: Zod) =>
    z
      .string()
      .optional()
      .describe(
        'Service name (DNS-1123 label); names the objects and the folder apps/<name>. Default: the entity name',
      ),
  namespace: (z: Zod) =>
    z
      .string()
      .optional()
      .describe('Kubernetes namespace of the service. Default: the name'),
  targetPath: (z: Zod) =>
    z
      .string()
      .optional()
      .describe(
        'GitOps folder inside the scaffolder workspace (for a pull request). Default: the configured local folder network.gitops.path',
      ),
};
