import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { renderYaml } from '@localplus/plugin-network-node';

export const examples: TemplateExample[] = [
  {
    description:
      'Put the skeleton’s catalog-info.yaml into the local catalog folder of the embedded default',
    example: renderYaml({
      steps: [
        {
          action: 'network:catalog:write',
          id: 'catalog',
          name: 'Add the service to the catalog',
          input: {
            entityRef: 'component:default/svc-shop',
            catalogInfoPath: './service/catalog-info.yaml',
          },
        },
      ],
    }),
  },
];
