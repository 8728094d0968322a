import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { renderYaml } from '@localplus/plugin-network-node';

export const examples: TemplateExample[] = [
  {
    description:
      'svc-shop.internal.localplus.io as a CNAME to the Service svc-shop.svc-shop.svc.cluster.local',
    example: renderYaml({
      steps: [
        {
          action: 'network:dns:private:create',
          id: 'dns',
          name: 'Create the private name',
          input: { entityRef: 'component:default/svc-shop' },
        },
      ],
    }),
  },
  {
    description: 'An A record with a longer TTL',
    example: renderYaml({
      steps: [
        {
          action: 'network:dns:private:create',
          id: 'dns',
          name: 'Create the private name',
          input: {
            entityRef: 'component:default/svc-legacy',
            dnsName: 'legacy.internal.localplus.io',
            recordType: 'A',
            targets: ['10.0.3.17'],
            ttl: 300,
          },
        },
      ],
    }),
  },
];
