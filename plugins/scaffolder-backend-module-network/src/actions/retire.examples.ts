import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { renderYaml } from '@localplus/plugin-network-node';

export const examples: TemplateExample[] = [
  {
    description: 'Remove everything the network actions wrote for svc-shop',
    example: renderYaml({
      steps: [
        {
          action: 'network:retire',
          id: 'retire',
          name: 'Retire the network objects',
          input: { entityRef: 'component:default/svc-shop' },
        },
      ],
    }),
  },
];
