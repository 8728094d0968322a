import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { renderYaml } from '@localplus/plugin-network-node';

export const examples: TemplateExample[] = [
  {
    description:
      'Publish shop.localplus.io through the tunnel to the shared Gateway, with its proxied DNS record',
    example: renderYaml({
      steps: [
        {
          action: 'network:tunnel:add',
          id: 'tunnel',
          name: 'Add the tunnel rule',
          input: {
            entityRef: 'component:default/svc-shop',
            hostname: 'shop.localplus.io',
          },
        },
      ],
    }),
  },
  {
    description:
      'Send one path of a hostname straight to a Service (its policy must then admit the cloudflared pods)',
    example: renderYaml({
      steps: [
        {
          action: 'network:tunnel:add',
          id: 'tunnel',
          name: 'Add the tunnel rule',
          input: {
            entityRef: 'component:default/svc-hooks',
            hostname: 'hooks.localplus.io',
            path: '/stripe',
            service: 'http://svc-hooks.svc-hooks.svc.cluster.local:8080',
          },
        },
      ],
    }),
  },
];
