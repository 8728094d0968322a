import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { executeNetworkRun } from '../lib/executeChanges';
import { DEFAULT_HTTP_PORT } from '../lib/files';
import type { NetworkActionsOptions } from '../lib/options';
import { Problems } from '../lib/problems';
import { routeRun, validateRoute } from '../lib/routePlan';
import { serviceTarget } from '../lib/service';
import { examples } from './httpRouteCreate.examples';
import { commonInputs, planOutput } from './planSchema';

/** `network:httproute:create`: an HTTPRoute on the shared Gateway. @public */
export function createHttpRouteCreateAction(options: NetworkActionsOptions) {
  return createTemplateAction({
    id: 'network:httproute:create',
    description:
      'Creates (or updates, when it owns it) the HTTPRoute of a service on the shared Gateway, after checking that no other entity serves the same hostname and path.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        ...commonInputs,
        hostnames: z =>
          z
            .array(z.string())
            .min(1)
            .describe(
              'Public hostnames, inside the platform zones, e.g. api.localplus.io',
            ),
        paths: z =>
          z
            .array(
              z.object({
                type: z
                  .enum(['PathPrefix', 'Exact'])
                  .describe('How the path matches'),
                value: z.string().describe('Absolute path, e.g. /v1/shop'),
              }),
            )
            .optional()
            .describe('Path matches. Default: PathPrefix /'),
        port: z =>
          z
            .number()
            .optional()
            .describe(
              `Service port to send traffic to. Default ${DEFAULT_HTTP_PORT}`,
            ),
        service: z =>
          z
            .string()
            .optional()
            .describe('Backend Service name. Default: the service name'),
      },
      output: {
        routeName: z => z.string().describe('namespace/name of the HTTPRoute'),
        plan: planOutput,
      },
    },
    async handler(ctx) {
      const problems = new Problems();
      const target = serviceTarget(ctx.input, problems);
      const request = {
        hostnames: ctx.input.hostnames,
        paths: ctx.input.paths ?? [{ type: 'PathPrefix' as const, value: '/' }],
        port: ctx.input.port ?? DEFAULT_HTTP_PORT,
        backendService: ctx.input.service ?? target.name,
      };
      validateRoute(request, options.settings, problems);
      problems.throwIfAny();
      const { change, checks } = routeRun(target, request, options.settings);
      const plan = await executeNetworkRun(ctx, options, {
        actionId: 'httproute-create',
        entityRef: target.entityRef,
        targetPath: ctx.input.targetPath,
        changes: [change],
        checks,
      });
      ctx.output('routeName', `${target.namespace}/${target.name}`);
      ctx.output('plan', plan);
    },
  });
}
