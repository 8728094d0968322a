import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { renderYaml } from '@localplus/plugin-network-node';

export const examples: TemplateExample[] = [
  {
    description:
      'Route api.localplus.io/v1/shop to the service svc-shop on port 8080',
    example: renderYaml({
      steps: [
        {
          action: 'network:httproute:create',
          id: 'route',
          name: 'Create the HTTPRoute',
          input: {
            entityRef: 'component:default/svc-shop',
            hostnames: ['api.localplus.io'],
            paths: [{ type: 'PathPrefix', value: '/v1/shop' }],
            port: 8080,
          },
        },
      ],
    }),
  },
  {
    description:
      'Route an own hostname, with an exact health path, into a workspace folder',
    example: renderYaml({
      steps: [
        {
          action: 'network:httproute:create',
          id: 'route',
          name: 'Create the HTTPRoute',
          input: {
            entityRef: 'component:default/svc-shop',
            hostnames: ['shop.localplus.io'],
            paths: [
              { type: 'PathPrefix', value: '/' },
              { type: 'Exact', value: '/health' },
            ],
            targetPath: 'gitops',
          },
        },
      ],
    }),
  },
];
