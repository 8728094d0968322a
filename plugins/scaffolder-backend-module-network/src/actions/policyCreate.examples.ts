import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { renderYaml } from '@localplus/plugin-network-node';

export const examples: TemplateExample[] = [
  {
    description:
      'A routed service called by svc-payment over gRPC, calling svc-wallet, using PostgreSQL and Kafka, scraped by Prometheus',
    example: renderYaml({
      steps: [
        {
          action: 'network:policy:create',
          id: 'policy',
          name: 'Create the network policy',
          input: {
            entityRef: 'component:default/svc-shop',
            exposedPorts: [8080],
            callers: [
              { entityRef: 'component:default/svc-payment', ports: [50051] },
            ],
            callees: [
              { entityRef: 'component:default/svc-wallet', ports: [50051] },
            ],
            metricsPort: 8080,
            intraNamespace: true,
            dataServices: ['postgresql', 'kafka'],
            vpcEndpoints: true,
          },
        },
      ],
    }),
  },
  {
    description:
      'An internal worker: nobody calls it; it only reaches Kafka (and DNS)',
    example: renderYaml({
      steps: [
        {
          action: 'network:policy:create',
          id: 'policy',
          name: 'Create the network policy',
          input: {
            entityRef: 'component:default/svc-worker',
            dataServices: ['kafka'],
          },
        },
      ],
    }),
  },
];
