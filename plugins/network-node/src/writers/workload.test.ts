import { buildNamespace, buildWorkload } from './workload';

const intent = {
  name: 'svc-shop',
  namespace: 'svc-shop',
  owner: 'component:default/svc-shop',
  image: 'registry.localplus.io/svc-shop:0.1.0',
  replicas: 2,
  ports: [
    { name: 'http', port: 8080 },
    { name: 'grpc', port: 50051, appProtocol: 'kubernetes.io/h2c' },
  ],
};

describe('workload builders', () => {
  it('builds a Service whose selector matches the Deployment pods', () => {
    const [deployment, service] = buildWorkload(intent);
    const podLabels = (
      deployment.spec as { template: { metadata: { labels: object } } }
    ).template.metadata.labels;
    const selector = (service.spec as { selector: Record<string, string> })
      .selector;
    expect(podLabels).toMatchObject(selector);
    expect(service.spec).toMatchObject({
      ports: [
        { name: 'http', port: 8080, targetPort: 'http' },
        {
          name: 'grpc',
          port: 50051,
          targetPort: 'grpc',
          appProtocol: 'kubernetes.io/h2c',
        },
      ],
    });
    expect(deployment.metadata.annotations).toEqual({
      'network.localplus.io/owner': 'component:default/svc-shop',
    });
  });

  it('builds the owned namespace', () => {
    expect(buildNamespace(intent).metadata).toMatchObject({
      name: 'svc-shop',
      labels: { 'backstage.io/kubernetes-id': 'svc-shop' },
      annotations: {
        'network.localplus.io/owner': 'component:default/svc-shop',
      },
    });
  });
});
