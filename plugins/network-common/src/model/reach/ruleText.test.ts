import { describeRule } from './ruleText';

describe('describeRule', () => {
  it.each([
    [
      'cilium',
      'ingress',
      {
        fromEntities: ['ingress'],
        toPorts: [
          {
            ports: [
              { port: '8080', protocol: 'TCP' },
              { port: '50051', protocol: 'TCP' },
            ],
          },
        ],
      },
      'allow from entity ingress on TCP 8080,50051',
    ],
    [
      'cilium',
      'ingress',
      { fromEndpoints: [{}] },
      'allow from all pods of the namespace on any port',
    ],
    [
      'cilium',
      'egress',
      {
        toEndpoints: [{ matchLabels: { 'k8s:k8s-app': 'kube-dns' } }],
        toPorts: [
          {
            ports: [{ port: '53', protocol: 'UDP' }],
            rules: { dns: [{ matchPattern: '*' }] },
          },
        ],
      },
      'allow to pods {k8s-app=kube-dns} on UDP 53 (DNS proxy)',
    ],
    [
      'cilium',
      'egress',
      {
        toCIDRSet: [{ cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] }],
        toPorts: [
          { ports: [{ port: '1000', endPort: 2000, protocol: 'TCP' }] },
        ],
      },
      'allow to CIDR 10.0.0.0/8 except 10.1.0.0/16 on TCP 1000-2000',
    ],
    [
      'cilium',
      'egress',
      {
        toFQDNs: [{ matchPattern: '*.aiven.io' }],
        toPorts: [{ ports: [{ port: '443' }], rules: { http: [{}] } }],
      },
      'allow to FQDN *.aiven.io on TCP 443 (L7 HTTP rules)',
    ],
    [
      'cilium',
      'ingressDeny',
      { fromEntities: ['world'] },
      'deny from entity world on any port',
    ],
    [
      'kubernetes',
      'ingress',
      {
        from: [
          {
            namespaceSelector: { matchLabels: { team: 'a' } },
            podSelector: { matchLabels: { app: 'x' } },
          },
        ],
        ports: [{ port: 8080 }],
      },
      'allow from pods {app=x} in namespaces {team=a} on TCP 8080',
    ],
    [
      'kubernetes',
      'ingress',
      { from: [{ namespaceSelector: {} }] },
      'allow from all pods in all namespaces on any port',
    ],
    [
      'kubernetes',
      'egress',
      { to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } }] },
      'allow to CIDR 0.0.0.0/0 except 10.0.0.0/8 on any port',
    ],
    ['kubernetes', 'ingress', {}, 'allow from any peer on any port'],
  ] as const)('%s %s', (flavor, section, rule, text) => {
    expect(describeRule(flavor, section, rule as Record<string, unknown>)).toBe(
      text,
    );
  });
});
