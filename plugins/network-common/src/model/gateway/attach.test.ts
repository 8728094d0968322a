import { attachRoute } from './attach';
import { gatewayFacts } from './gateways';
import { routeFacts } from './routes';

const gateway = (listeners: Record<string, unknown>[]) =>
  gatewayFacts({
    object: {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: 'public', namespace: 'platform' },
      spec: { listeners },
    },
    origin: { source: 'gitops' },
  })!;

const route = (spec: Record<string, unknown>, status?: unknown) =>
  routeFacts({
    object: {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'shop', namespace: 'shop' },
      spec: {
        parentRefs: [
          { name: 'public', namespace: 'platform', sectionName: 'https' },
        ],
        hostnames: ['shop.localplus.io'],
        ...spec,
      },
      ...(status ? { status } : {}),
    },
    origin: { source: 'gitops' },
  })!;

const https = {
  name: 'https',
  protocol: 'HTTPS',
  port: 443,
  hostname: '*.localplus.io',
  allowedRoutes: { namespaces: { from: 'All' } },
};
const labels = new Map([
  ['shop', { 'kubernetes.io/metadata.name': 'shop', tier: 'app' }],
]);

describe('attachRoute', () => {
  it.each([
    {
      name: 'attached',
      listeners: [https],
      spec: {},
      verdict: 'ok',
      hostnames: ['shop.localplus.io'],
    },
    {
      name: 'no such section',
      listeners: [{ ...https, name: 'http' }],
      spec: {},
      verdict: 'broken',
      reason: 'no listener named https',
    },
    {
      name: 'hostnames do not intersect',
      listeners: [{ ...https, hostname: '*.example.org' }],
      spec: {},
      verdict: 'broken',
      reason: 'none of the route',
    },
    {
      name: 'Same namespace only',
      listeners: [{ ...https, allowedRoutes: {} }],
      spec: {},
      verdict: 'broken',
      reason: 'only from namespace platform',
    },
    {
      name: 'selector matches',
      listeners: [
        {
          ...https,
          allowedRoutes: {
            namespaces: {
              from: 'Selector',
              selector: { matchLabels: { tier: 'app' } },
            },
          },
        },
      ],
      spec: {},
      verdict: 'ok',
      hostnames: ['shop.localplus.io'],
    },
    {
      name: 'selector does not match',
      listeners: [
        {
          ...https,
          allowedRoutes: {
            namespaces: {
              from: 'Selector',
              selector: { matchLabels: { tier: 'data' } },
            },
          },
        },
      ],
      spec: {},
      verdict: 'broken',
      reason: 'does not select namespace shop',
    },
    {
      name: 'route kinds exclude HTTPRoute',
      listeners: [
        {
          ...https,
          allowedRoutes: {
            namespaces: { from: 'All' },
            kinds: [{ kind: 'GRPCRoute' }],
          },
        },
      ],
      spec: {},
      verdict: 'broken',
      reason: 'does not accept HTTPRoutes',
    },
    {
      name: 'route without hostnames takes the listener hostname',
      listeners: [https],
      spec: { hostnames: [] },
      verdict: 'ok',
      hostnames: ['*.localplus.io'],
    },
    {
      name: 'port filters listeners',
      listeners: [https],
      spec: {
        parentRefs: [{ name: 'public', namespace: 'platform', port: 80 }],
      },
      verdict: 'broken',
      reason: 'no listener on port 80',
    },
  ])('$name', ({ listeners, spec, verdict, reason, hostnames }) => {
    const [attachment] = attachRoute(route(spec), {
      gateways: new Map([['platform/public', gateway(listeners)]]),
      namespaceLabels: labels,
    });
    expect(attachment.verdict).toBe(verdict);
    expect(attachment.reason).toContain(reason ?? '');
    expect(attachment.effectiveHostnames).toEqual(hostnames ?? []);
  });

  it('lets the live status override the offline verdict', () => {
    const parentRef = {
      name: 'public',
      namespace: 'platform',
      sectionName: 'https',
    };
    const refused = route(
      {},
      {
        parents: [
          {
            parentRef,
            conditions: [
              {
                type: 'Accepted',
                status: 'False',
                reason: 'NoMatchingListenerHostname',
                message: 'no match',
              },
            ],
          },
        ],
      },
    );
    const accepted = route(
      {},
      {
        parents: [
          { parentRef, conditions: [{ type: 'Accepted', status: 'True' }] },
        ],
      },
    );
    const ctx = {
      gateways: new Map([['platform/public', gateway([https])]]),
      namespaceLabels: labels,
    };
    expect(attachRoute(refused, ctx)[0]).toEqual(
      expect.objectContaining({
        verdict: 'broken',
        reason: expect.stringContaining(
          'NoMatchingListenerHostname (no match)',
        ),
      }),
    );
    const noGateway = { gateways: new Map(), namespaceLabels: labels };
    expect(attachRoute(accepted, noGateway)[0]).toEqual(
      expect.objectContaining({
        verdict: 'ok',
        conditions: [{ type: 'Accepted', status: 'True' }],
      }),
    );
  });
});
