import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { GitopsChange } from '@localplus/plugin-network-node';
import { executeNetworkRun } from '../lib/executeChanges';
import { gitopsFiles } from '../lib/files';
import type { NetworkActionsOptions } from '../lib/options';
import { Problems } from '../lib/problems';
import { serviceTarget } from '../lib/service';
import { commonInputs, planOutput } from './planSchema';
import { examples } from './retire.examples';

/**
 * `network:retire`: removes what the suite wrote for a service, and only that: objects and
 * tunnel rules carrying the entity's owner mark.
 *
 * @public
 */
export function createRetireAction(options: NetworkActionsOptions) {
  return createTemplateAction({
    id: 'network:retire',
    description:
      'Removes the HTTPRoute, CiliumNetworkPolicy, DNS records, tunnel rules and workload the network actions wrote for a service. Objects and rules without its owner mark are left alone.',
    examples,
    supportsDryRun: true,
    schema: {
      input: { ...commonInputs },
      output: { plan: planOutput },
    },
    async handler(ctx) {
      const problems = new Problems();
      const target = serviceTarget(ctx.input, problems);
      problems.throwIfAny();
      const owner = target.entityRef;
      const changes: GitopsChange[] = [
        {
          type: 'remove-tunnel-rules',
          system: 'tunnel',
          file: gitopsFiles.tunnel,
          configMap: options.settings.tunnel.configMap,
          owner,
        },
        {
          type: 'remove-objects',
          system: 'dns-public',
          file: gitopsFiles.publicDns,
          owner,
        },
        {
          type: 'remove-objects',
          system: 'dns-private',
          file: gitopsFiles.privateDns(target.name),
          owner,
        },
        {
          type: 'remove-objects',
          system: 'httproute',
          file: gitopsFiles.httpRoute(target.name),
          owner,
        },
        {
          type: 'remove-objects',
          system: 'policy',
          file: gitopsFiles.policy(target.name),
          owner,
        },
        {
          type: 'remove-objects',
          system: 'workload',
          file: gitopsFiles.workload(target.name),
          owner,
        },
        {
          type: 'remove-objects',
          system: 'workload',
          file: gitopsFiles.namespace(target.name),
          owner,
        },
      ];
      const plan = await executeNetworkRun(ctx, options, {
        actionId: 'retire',
        entityRef: owner,
        targetPath: ctx.input.targetPath,
        changes,
        checks: [],
      });
      if (plan.length === 0) {
        ctx.logger.info(`nothing owned by ${owner} to remove`);
      }
      ctx.output('plan', plan);
    },
  });
}
