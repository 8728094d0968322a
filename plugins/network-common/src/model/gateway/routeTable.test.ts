import type { SourcedObject } from '../sources';
import { attachRoute } from './attach';
import { gatewayFacts } from './gateways';
import { RouteTable } from './routeTable';
import { routeFacts } from './routes';

const gateway = gatewayFacts({
  object: {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'public', namespace: 'platform' },
    spec: {
      listeners: [
        {
          name: 'https',
          protocol: 'HTTPS',
          port: 443,
          allowedRoutes: { namespaces: { from: 'All' } },
        },
      ],
    },
  },
  origin: { source: 'gitops' },
})!;
const gateways = new Map([['platform/public', gateway]]);

function route(
  name: string,
  hostnames: string[],
  matches: unknown[],
  createdAt?: string,
): SourcedObject {
  return {
    object: {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: {
        name,
        namespace: 'ns',
        ...(createdAt ? { creationTimestamp: createdAt } : {}),
      },
      spec: {
        parentRefs: [{ name: 'public', namespace: 'platform' }],
        hostnames,
        rules: [{ matches }],
      },
    },
    origin: { source: 'gitops' },
  };
}

function tableOf(routes: SourcedObject[]): RouteTable {
  const table = new RouteTable();
  for (const sourced of routes) {
    const facts = routeFacts(sourced)!;
    table.add(
      facts,
      attachRoute(facts, { gateways, namespaceLabels: new Map() }),
    );
  }
  return table;
}

const prefix = (value: string) => ({ path: { type: 'PathPrefix', value } });

describe('RouteTable precedence', () => {
  it.each([
    {
      name: 'exact hostname over wildcard',
      routes: [
        route('wild', ['*.localplus.io'], [prefix('/api')]),
        route('exact', ['api.localplus.io'], [prefix('/')]),
      ],
      request: ['api.localplus.io', '/api/x'],
      winner: 'exact',
    },
    {
      name: 'Exact path over PathPrefix',
      routes: [
        route('prefix', ['a.io'], [prefix('/health')]),
        route(
          'exact',
          ['a.io'],
          [{ path: { type: 'Exact', value: '/health' } }],
        ),
      ],
      request: ['a.io', '/health'],
      winner: 'exact',
    },
    {
      name: 'longest prefix',
      routes: [
        route('short', ['a.io'], [prefix('/v1')]),
        route('long', ['a.io'], [prefix('/v1/ledger')]),
      ],
      request: ['a.io', '/v1/ledger/x'],
      winner: 'long',
    },
    {
      name: 'method match over none',
      routes: [
        route('any', ['a.io'], [prefix('/v1')]),
        route('get', ['a.io'], [{ ...prefix('/v1'), method: 'GET' }]),
      ],
      request: ['a.io', '/v1'],
      winner: 'get',
    },
    {
      name: 'oldest route on a tie',
      routes: [
        route('young', ['a.io'], [prefix('/v1')], '2026-01-01T00:00:00Z'),
        route('old', ['a.io'], [prefix('/v1')], '2025-01-01T00:00:00Z'),
      ],
      request: ['a.io', '/v1'],
      winner: 'old',
    },
    {
      name: 'alphabetical on a full tie',
      routes: [
        route('b', ['a.io'], [prefix('/v1')]),
        route('a', ['a.io'], [prefix('/v1')]),
      ],
      request: ['a.io', '/v1'],
      winner: 'a',
    },
    {
      name: 'element-wise prefix does not match a longer segment',
      routes: [
        route('ledger', ['a.io'], [prefix('/v1/ledger')]),
        route('root', ['a.io'], [prefix('/')]),
      ],
      request: ['a.io', '/v1/ledgers'],
      winner: 'root',
    },
  ])('$name', ({ routes, request, winner }) => {
    expect(
      tableOf(routes).winner('platform/public', request[0], request[1])?.route
        .name,
    ).toBe(winner);
  });

  it('finds nothing for another host', () => {
    expect(
      tableOf([route('r', ['a.io'], [prefix('/')])]).winner(
        'platform/public',
        'b.io',
        '/',
      ),
    ).toBeUndefined();
  });
});
