import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { executeNetworkRun } from '../lib/executeChanges';
import type { NetworkActionsOptions } from '../lib/options';
import { policyChange, validatePolicy } from '../lib/policyPlan';
import { Problems } from '../lib/problems';
import { serviceTarget } from '../lib/service';
import { peersInput } from './peerSchema';
import { commonInputs, planOutput } from './planSchema';
import { examples } from './policyCreate.examples';

/** `network:policy:create`: the service's CiliumNetworkPolicy, from intent. @public */
export function createPolicyCreateAction(options: NetworkActionsOptions) {
  return createTemplateAction({
    id: 'network:policy:create',
    description:
      'Creates (or updates, when it owns it) the CiliumNetworkPolicy of a service from intent: default deny both ways; the Gateway (Cilium `ingress` identity) on the exposed ports; callers resolved through the catalog; Prometheus on the metrics port; callees, data services and VPC endpoints on egress; kube-dns always.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        ...commonInputs,
        exposedPorts: z =>
          z
            .array(z.number())
            .optional()
            .describe(
              'Ports the shared Gateway forwards to (the service is routed). Default: none',
            ),
        callers: z =>
          peersInput(z, 'from').describe('Entities that may call this service'),
        callees: z =>
          peersInput(z, 'to').describe('Entities this service may call'),
        metricsPort: z =>
          z
            .number()
            .optional()
            .describe('Port Prometheus scrapes. Default: not scraped'),
        intraNamespace: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Allow pods of the same namespace, both ways. Default false',
            ),
        dataServices: z =>
          z
            .array(z.enum(['postgresql', 'kafka', 'valkey']))
            .optional()
            .describe(
              'Managed data services reached through the peering range (PostgreSQL 5432, Kafka 9092, Valkey 6379)',
            ),
        vpcEndpoints: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Allow HTTPS (443) to the AWS VPC endpoints. Default false',
            ),
        workloadLabels: z =>
          z
            .record(z.string())
            .optional()
            .describe(
              'Labels of the service pods. Default: app.kubernetes.io/name=<name>',
            ),
      },
      output: {
        policyName: z =>
          z.string().describe('namespace/name of the CiliumNetworkPolicy'),
        plan: planOutput,
      },
    },
    async handler(ctx) {
      const problems = new Problems();
      const target = serviceTarget(ctx.input, problems);
      const request = {
        exposedPorts: ctx.input.exposedPorts ?? [],
        callers: ctx.input.callers ?? [],
        callees: ctx.input.callees ?? [],
        metricsPort: ctx.input.metricsPort,
        intraNamespace: ctx.input.intraNamespace ?? false,
        dataServices: ctx.input.dataServices ?? [],
        vpcEndpoints: ctx.input.vpcEndpoints ?? false,
        workloadLabels: ctx.input.workloadLabels,
      };
      validatePolicy(request, problems);
      problems.throwIfAny();
      const change = await policyChange(
        target,
        request,
        options.settings,
        options.workloads,
        await ctx.getInitiatorCredentials(),
      );
      const plan = await executeNetworkRun(ctx, options, {
        actionId: 'policy-create',
        entityRef: target.entityRef,
        targetPath: ctx.input.targetPath,
        changes: [change],
        checks: [],
      });
      ctx.output('policyName', `${target.namespace}/${target.name}`);
      ctx.output('plan', plan);
    },
  });
}
