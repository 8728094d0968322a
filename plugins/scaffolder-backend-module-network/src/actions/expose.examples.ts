import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { renderYaml } from '@localplus/plugin-network-node';

export const examples: TemplateExample[] = [
  {
    description:
      'A service under api.localplus.io/v1/svc-shop, called by svc-payment, calling svc-wallet, using PostgreSQL',
    example: renderYaml({
      steps: [
        {
          action: 'network:expose',
          id: 'network',
          name: 'Expose the service',
          input: {
            entityRef: 'component:default/svc-shop',
            exposure: { mode: 'shared' },
            ports: { http: 8080, grpc: 50051 },
            callers: ['component:default/svc-payment'],
            callees: ['component:default/svc-wallet'],
            dataServices: ['postgresql'],
          },
        },
      ],
    }),
  },
  {
    description: 'A service on its own public hostname, through the tunnel',
    example: renderYaml({
      steps: [
        {
          action: 'network:expose',
          id: 'network',
          name: 'Expose the service',
          input: {
            entityRef: 'component:default/svc-shop',
            exposure: { mode: 'own', hostname: 'shop.localplus.io' },
          },
        },
      ],
    }),
  },
  {
    description:
      'An internal service: policy and private name only, written into the workspace',
    example: renderYaml({
      steps: [
        {
          action: 'network:expose',
          id: 'network',
          name: 'Expose the service',
          input: {
            entityRef: 'component:default/svc-worker',
            exposure: { mode: 'internal' },
            dataServices: ['kafka'],
            targetPath: 'gitops',
          },
        },
      ],
    }),
  },
];
