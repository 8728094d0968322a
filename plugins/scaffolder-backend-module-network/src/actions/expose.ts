import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { executeNetworkRun } from '../lib/executeChanges';
import { exposeRun } from '../lib/exposePlan';
import { validateExpose } from '../lib/exposeValidation';
import { DEFAULT_HTTP_PORT } from '../lib/files';
import type { NetworkActionsOptions } from '../lib/options';
import { Problems } from '../lib/problems';
import { runTargetFor } from '../lib/runTarget';
import { serviceTarget } from '../lib/service';
import { examples } from './expose.examples';
import { commonInputs, planOutput } from './planSchema';

/**
 * `network:expose`: plans and applies everything a new service needs to be reachable and
 * guarded, in one step. This is what the golden-path template uses.
 *
 * @public
 */
export function createExposeAction(options: NetworkActionsOptions) {
  return createTemplateAction({
    id: 'network:expose',
    description:
      'Exposes a service in one step: its CiliumNetworkPolicy (default deny, the Gateway, callers, callees, data services, DNS), its HTTPRoute on the shared Gateway (shared api hostname or its own), the tunnel rule and public DNS record for an own hostname, and its private DNS name. Validated and conflict-checked before anything is written; a re-run changes nothing.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        ...commonInputs,
        exposure: z =>
          z
            .object({
              mode: z
                .enum(['internal', 'shared', 'own'])
                .describe(
                  'internal: private name only; shared: api.<zone>/v1/<name>; own: its own public hostname',
                ),
              path: z
                .string()
                .optional()
                .describe(
                  'Path prefix. Default /v1/<name> (shared) or / (own)',
                ),
              hostname: z
                .string()
                .optional()
                .describe('The public hostname (own mode)'),
            })
            .describe('How the service is reached'),
        ports: z =>
          z
            .object({
              http: z
                .number()
                .optional()
                .describe(`HTTP port. Default ${DEFAULT_HTTP_PORT}`),
              grpc: z
                .number()
                .optional()
                .describe('gRPC port (e.g. 50051). Default: none'),
            })
            .optional()
            .describe('Ports of the service'),
        callers: z =>
          z
            .array(z.string())
            .optional()
            .describe('Entities that may call the service (on its ports)'),
        callees: z =>
          z
            .array(z.string())
            .optional()
            .describe('Entities the service calls (on 8080 and 50051)'),
        dataServices: z =>
          z
            .array(z.enum(['postgresql', 'kafka', 'valkey']))
            .optional()
            .describe('Managed data services the service uses'),
        metricsPort: z =>
          z
            .number()
            .optional()
            .describe('Port Prometheus scrapes. Default: the HTTP port'),
        intraNamespace: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Allow the namespace’s own pods, both ways. Default true',
            ),
        vpcEndpoints: z =>
          z
            .boolean()
            .optional()
            .describe('Allow HTTPS to the AWS VPC endpoints. Default true'),
        privateDns: z =>
          z
            .boolean()
            .optional()
            .describe('Create <name>.<private zone>. Default true'),
        workload: z =>
          z
            .object({
              image: z.string().describe('Container image of the first deploy'),
              replicas: z.number().optional().describe('Replicas. Default 2'),
            })
            .optional()
            .describe(
              'Also write the Namespace, Deployment and Service into the GitOps folder. Default: not written (the deploy pipeline owns them)',
            ),
      },
      output: {
        publicUrl: z =>
          z.string().describe('https URL of the service; empty when internal'),
        privateName: z =>
          z.string().describe('Private DNS name; empty when not created'),
        plan: planOutput,
      },
    },
    async handler(ctx) {
      const started = performance.now();
      const { input } = ctx;
      const problems = new Problems();
      const target = serviceTarget(input, problems);
      const httpPort = input.ports?.http ?? DEFAULT_HTTP_PORT;
      const request = {
        exposure: input.exposure,
        httpPort,
        grpcPort: input.ports?.grpc,
        callers: input.callers ?? [],
        callees: input.callees ?? [],
        dataServices: input.dataServices ?? [],
        metricsPort: input.metricsPort ?? httpPort,
        intraNamespace: input.intraNamespace ?? true,
        vpcEndpoints: input.vpcEndpoints ?? true,
        privateDns: input.privateDns ?? true,
        workload: input.workload
          ? {
              image: input.workload.image,
              replicas: input.workload.replicas ?? 2,
            }
          : undefined,
      };
      validateExpose(target, request, options, problems);
      problems.throwIfAny();
      const run = await exposeRun(
        target,
        request,
        options,
        runTargetFor(options, ctx.workspacePath, input.targetPath),
        await ctx.getInitiatorCredentials(),
        problems,
      );
      const plan = await executeNetworkRun(ctx, options, {
        actionId: 'expose',
        entityRef: target.entityRef,
        targetPath: input.targetPath,
        changes: run.changes,
        checks: run.checks,
        notes: run.notes,
        dnsNames: run.dnsNames,
      });
      ctx.output('publicUrl', run.publicUrl);
      ctx.output('privateName', run.privateName);
      ctx.output('plan', plan);
      // measured, so a slow index or provider shows in the task log
      ctx.logger.info(
        `network:expose took ${Math.round(performance.now() - started)} ms`,
      );
    },
  });
}
