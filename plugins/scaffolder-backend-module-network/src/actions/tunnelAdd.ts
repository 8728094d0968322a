import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { executeNetworkRun } from '../lib/executeChanges';
import type { NetworkActionsOptions } from '../lib/options';
import { Problems } from '../lib/problems';
import { serviceTarget } from '../lib/service';
import { runTargetFor, tunnelIdFor } from '../lib/runTarget';
import { tunnelRun, validateTunnel } from '../lib/tunnelPlan';
import { commonInputs, planOutput } from './planSchema';
import { examples } from './tunnelAdd.examples';

/** `network:tunnel:add`: a cloudflared ingress rule and its public DNS record. @public */
export function createTunnelAddAction(options: NetworkActionsOptions) {
  return createTemplateAction({
    id: 'network:tunnel:add',
    description:
      'Adds a Cloudflare Tunnel ingress rule (hostname, optional path, service; by default the shared Gateway) before the catch-all of the cloudflared ConfigMap, and the proxied public CNAME to <tunnel-id>.cfargotunnel.com. Foreign rules are kept; a rule an earlier rule would shadow is refused.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        ...commonInputs,
        hostname: z =>
          z
            .string()
            .describe(
              'Public hostname in a platform zone, e.g. shop.localplus.io',
            ),
        path: z =>
          z
            .string()
            .optional()
            .describe(
              'Path prefix, Gateway style (e.g. /v1/shop); becomes the anchored regex cloudflared needs. Default: every path',
            ),
        service: z =>
          z
            .string()
            .optional()
            .describe(
              'Where the tunnel sends the traffic. Default: the shared Gateway (network.tunnel.defaultService)',
            ),
        publicDns: z =>
          z
            .boolean()
            .optional()
            .describe('Also write the public DNS record. Default true'),
      },
      output: {
        publicUrl: z => z.string().describe('https://<hostname><path>'),
        plan: planOutput,
      },
    },
    async handler(ctx) {
      const problems = new Problems();
      const target = serviceTarget(ctx.input, problems);
      const request = {
        hostname: ctx.input.hostname,
        path: ctx.input.path,
        service: ctx.input.service,
        publicDns: ctx.input.publicDns ?? true,
      };
      validateTunnel(request, options.settings, problems);
      problems.throwIfAny();
      const tunnelId = await tunnelIdFor(
        options.settings,
        runTargetFor(options, ctx.workspacePath, ctx.input.targetPath),
      );
      const { changes, checks, dnsNames } = tunnelRun(
        target,
        request,
        options.settings,
        tunnelId,
      );
      const plan = await executeNetworkRun(ctx, options, {
        actionId: 'tunnel-add',
        entityRef: target.entityRef,
        targetPath: ctx.input.targetPath,
        changes,
        checks,
        dnsNames,
      });
      ctx.output(
        'publicUrl',
        `https://${request.hostname}${request.path ?? ''}`,
      );
      ctx.output('plan', plan);
    },
  });
}
