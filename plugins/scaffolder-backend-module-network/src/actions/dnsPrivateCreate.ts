import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { executeNetworkRun } from '../lib/executeChanges';
import type { NetworkActionsOptions } from '../lib/options';
import { privateDnsRun } from '../lib/privateDnsPlan';
import { Problems } from '../lib/problems';
import { serviceTarget } from '../lib/service';
import { examples } from './dnsPrivateCreate.examples';
import { commonInputs, planOutput } from './planSchema';

/** `network:dns:private:create`: the service's record in the private zone. @public */
export function createDnsPrivateCreateAction(options: NetworkActionsOptions) {
  return createTemplateAction({
    id: 'network:dns:private:create',
    description:
      'Creates the private DNS record <name>.internal.<domain> (a CNAME to the Service by default) as an external-dns DNSEndpoint for the Route53 private zone, after checking that no one else holds the name.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        ...commonInputs,
        dnsName: z =>
          z
            .string()
            .optional()
            .describe(
              'Name in a private zone. Default: <name>.<first private zone>',
            ),
        recordType: z =>
          z
            .enum(['CNAME', 'A'])
            .optional()
            .describe('Record type. Default CNAME'),
        targets: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              'CNAME: one host; A: IPv4 addresses. Default: <name>.<namespace>.svc.cluster.local',
            ),
        ttl: z => z.number().optional().describe('TTL in seconds. Default 60'),
      },
      output: {
        privateName: z => z.string().describe('The private DNS name'),
        plan: planOutput,
      },
    },
    async handler(ctx) {
      const problems = new Problems();
      const target = serviceTarget(ctx.input, problems);
      const { change, checks, dnsName, dnsNames } = privateDnsRun(
        target,
        {
          dnsName: ctx.input.dnsName,
          recordType: ctx.input.recordType ?? 'CNAME',
          targets: ctx.input.targets,
          ttl: ctx.input.ttl ?? 60,
        },
        options.settings,
        problems,
      );
      problems.throwIfAny();
      const plan = await executeNetworkRun(ctx, options, {
        actionId: 'dns-private-create',
        entityRef: target.entityRef,
        targetPath: ctx.input.targetPath,
        changes: [change],
        checks,
        dnsNames,
      });
      ctx.output('privateName', dnsName);
      ctx.output('plan', plan);
    },
  });
}
