import fs from 'node:fs';
import path from 'node:path';
import type { KubernetesObject } from '../manifests/types';
import {
  SHARED_CRDS_MISSING_WARNING,
  findSharedCrdsDir,
} from '../testing/sharedCrds';
import { createManifestValidator } from './createManifestValidator';
import { loadCustomResourceDefinitions } from './loadCustomResourceDefinitions';
import type { ManifestValidator } from './types';

const crdsDir = findSharedCrdsDir(__dirname);
const describeIfCrds = fs.existsSync(crdsDir) ? describe : describe.skip;
if (!fs.existsSync(crdsDir)) {
  // eslint-disable-next-line no-console
  console.warn(SHARED_CRDS_MISSING_WARNING);
}

const CEL_SKIPPED =
  'some validation rules were not checked because the object was invalid; correct the existing errors to complete validation';

function httpRoute(): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: 'svc-ledger', namespace: 'ledger' },
    spec: {
      parentRefs: [
        { name: 'public', namespace: 'platform', sectionName: 'https' },
      ],
      hostnames: ['api.localplus.io'],
      rules: [
        {
          // no path.type: the CRD default (PathPrefix) must be applied
          matches: [{ path: { value: '/v1/ledger' } }],
          backendRefs: [{ name: 'svc-ledger', port: 8080 }],
        },
      ],
    },
  };
}

type Route = {
  spec: {
    parentRefs: Record<string, unknown>[];
    rules: {
      matches: { path: Record<string, unknown> }[];
      backendRefs: Record<string, unknown>[];
      timeouts?: Record<string, string>;
    }[];
  };
};

function routeWith(change: (route: Route) => void): KubernetesObject {
  const route = httpRoute();
  change(route as unknown as Route);
  return route;
}

function gateway(listener: Record<string, unknown> = {}): KubernetesObject {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'public', namespace: 'platform' },
    spec: {
      gatewayClassName: 'cilium',
      listeners: [
        {
          name: 'https',
          protocol: 'HTTPS',
          port: 443,
          hostname: '*.localplus.io',
          tls: {
            mode: 'Terminate',
            certificateRefs: [{ name: 'wildcard-localplus-io' }],
          },
          allowedRoutes: { namespaces: { from: 'All' } },
          ...listener,
        },
      ],
    },
  };
}

function networkPolicy(spec?: Record<string, unknown>): KubernetesObject {
  return {
    apiVersion: 'cilium.io/v2',
    kind: 'CiliumNetworkPolicy',
    metadata: { name: 'svc-ledger', namespace: 'ledger' },
    spec: spec ?? {
      endpointSelector: { matchLabels: { app: 'svc-ledger' } },
      ingress: [
        {
          fromEntities: ['ingress'],
          toPorts: [{ ports: [{ port: '8080', protocol: 'TCP' }] }],
        },
      ],
      egress: [
        {
          toEndpoints: [
            {
              matchLabels: {
                'io.kubernetes.pod.namespace': 'kube-system',
                'k8s-app': 'kube-dns',
              },
            },
          ],
          toPorts: [
            {
              ports: [
                { port: '53', protocol: 'UDP' },
                { port: '53', protocol: 'TCP' },
              ],
              rules: { dns: [{ matchPattern: '*' }] },
            },
          ],
        },
      ],
    },
  };
}

describeIfCrds('createManifestValidator with the upstream CRDs', () => {
  let validator: ManifestValidator;

  beforeAll(() => {
    const gatewayApi = path.join(crdsDir, 'gateway-api-v1.6.1');
    const cilium = path.join(crdsDir, 'cilium-v2');
    const crds = loadCustomResourceDefinitions([
      ...fs
        .readdirSync(gatewayApi)
        .filter(f => f.endsWith('.yaml'))
        .map(f => path.join(gatewayApi, f)),
      path.join(cilium, 'ciliumnetworkpolicies.yaml'),
      path.join(cilium, 'ciliumclusterwidenetworkpolicies.yaml'),
    ]);
    validator = createManifestValidator(crds);
    // compile every schema used below once, outside the individual tests
    for (const object of [httpRoute(), gateway(), networkPolicy()]) {
      validator.validate(object);
    }
  });

  describe('HTTPRoute', () => {
    it('accepts a valid route, with the CRD defaults applied first', () => {
      expect(validator.validate(httpRoute())).toEqual({
        status: 'valid',
        kind: 'HTTPRoute',
        name: 'svc-ledger',
        namespace: 'ledger',
        errors: [],
      });

      const defaulted = validator.applyDefaults(
        httpRoute(),
      ) as unknown as Route;
      expect(defaulted.spec.parentRefs[0]).toEqual({
        group: 'gateway.networking.k8s.io',
        kind: 'Gateway',
        name: 'public',
        namespace: 'platform',
        sectionName: 'https',
      });
      expect(defaulted.spec.rules[0].matches[0].path).toEqual({
        type: 'PathPrefix',
        value: '/v1/ledger',
      });
      expect(defaulted.spec.rules[0].backendRefs[0]).toEqual({
        group: '',
        kind: 'Service',
        name: 'svc-ledger',
        port: 8080,
        weight: 1,
      });
      // the input is left alone
      expect(
        (httpRoute() as unknown as Route).spec.rules[0].matches[0].path,
      ).toEqual({ value: '/v1/ledger' });
    });

    it('also serves v1beta1 and knows no v1alpha1', () => {
      const beta = {
        ...httpRoute(),
        apiVersion: 'gateway.networking.k8s.io/v1beta1',
      };
      expect(validator.validate(beta).status).toBe('valid');
      const alpha = {
        ...httpRoute(),
        apiVersion: 'gateway.networking.k8s.io/v1alpha1',
      };
      expect(validator.validate(alpha).status).toBe('unknown-kind');
    });

    it.each([
      [
        'a path without a leading slash',
        (r: Route) => {
          r.spec.rules[0].matches[0].path.value = 'v1/ledger';
        },
        'spec.rules[0].matches[0].path',
        "value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']",
      ],
      [
        'a Service backendRef without port',
        (r: Route) => {
          delete r.spec.rules[0].backendRefs[0].port;
        },
        'spec.rules[0].backendRefs[0]',
        'Must have port for Service reference',
      ],
      [
        "a path containing '//'",
        (r: Route) => {
          r.spec.rules[0].matches[0].path.value = '/v1//ledger';
        },
        'spec.rules[0].matches[0].path',
        "must not contain '//' when type one of ['Exact', 'PathPrefix']",
      ],
      [
        "a path containing '%2f'",
        (r: Route) => {
          r.spec.rules[0].matches[0].path.value = '/v1%2fledger';
        },
        'spec.rules[0].matches[0].path',
        "must not contain '%2f' when type one of ['Exact', 'PathPrefix']",
      ],
      [
        'two parentRefs to the same Gateway without sectionName',
        (r: Route) => {
          r.spec.parentRefs = [
            { name: 'public', namespace: 'platform' },
            { name: 'public', namespace: 'platform' },
          ];
        },
        'spec.parentRefs',
        'sectionName must be unique when parentRefs includes 2 or more references to the same parent',
      ],
      [
        'a backendRequest timeout longer than the request timeout',
        (r: Route) => {
          r.spec.rules[0].timeouts = { request: '10s', backendRequest: '20s' };
        },
        'spec.rules[0].timeouts',
        'backendRequest timeout cannot be longer than request timeout',
      ],
      [
        '129 matches in total',
        (r: Route) => {
          const rule = r.spec.rules[0];
          r.spec.rules = [0, 1, 2].map(i => ({
            ...rule,
            matches: Array.from({ length: 43 }, (_, j) => ({
              path: { type: 'PathPrefix', value: `/r${i}/m${j}` },
            })),
          }));
        },
        'spec.rules',
        'While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128',
      ],
    ])('rejects %s', (_, change, expectedPath, expectedMessage) => {
      const result = validator.validate(routeWith(change));
      expect(result.status).toBe('invalid');
      expect(result.errors).toEqual([
        {
          path: expectedPath,
          message: expectedMessage,
          rule: expect.any(String),
        },
      ]);
    });

    it('rejects 17 rules by the schema (maxItems) and then skips the CEL rules', () => {
      const result = validator.validate(
        routeWith(r => {
          r.spec.rules = Array.from({ length: 17 }, () => r.spec.rules[0]);
        }),
      );
      expect(result.errors).toEqual([
        { path: 'spec.rules', message: 'must NOT have more than 16 items' },
        { path: '', message: CEL_SKIPPED },
      ]);
    });

    it('reports unknown fields, enum and type violations with their paths', () => {
      const result = validator.validate(
        routeWith(r => {
          (r.spec.rules[0] as Record<string, unknown>).matchs = [];
          r.spec.rules[0].matches[0].path.type = 'Prefix';
          r.spec.rules[0].backendRefs[0].port = '8080';
        }),
      );
      expect(result.status).toBe('invalid');
      expect(result.errors).toEqual(
        expect.arrayContaining([
          { path: 'spec.rules[0].matchs', message: 'unknown field' },
          {
            path: 'spec.rules[0].matches[0].path.type',
            message:
              'unsupported value "Prefix"; supported values: "Exact", "PathPrefix", "RegularExpression"',
          },
          {
            path: 'spec.rules[0].backendRefs[0].port',
            message: 'must be integer',
          },
          { path: '', message: CEL_SKIPPED },
        ]),
      );
      expect(result.errors).toHaveLength(4);
    });

    it('requires metadata.name', () => {
      const route = httpRoute();
      route.metadata = { namespace: 'ledger' };
      expect(validator.validate(route)).toEqual({
        status: 'invalid',
        kind: 'HTTPRoute',
        name: '',
        namespace: 'ledger',
        errors: [{ path: 'metadata.name', message: 'Required value' }],
      });
    });
  });

  describe('Gateway', () => {
    it('accepts an HTTPS listener that terminates TLS', () => {
      expect(validator.validate(gateway())).toEqual({
        status: 'valid',
        kind: 'Gateway',
        name: 'public',
        namespace: 'platform',
        errors: [],
      });
    });

    it('rejects TLS passthrough on an HTTPS listener', () => {
      const result = validator.validate(
        gateway({
          tls: { mode: 'Passthrough', certificateRefs: [{ name: 'x' }] },
        }),
      );
      expect(result.errors).toEqual([
        {
          path: 'spec.listeners',
          message: 'tls mode must be Terminate for protocol HTTPS',
          rule: expect.stringContaining("l.protocol == 'HTTPS'"),
        },
      ]);
    });

    it('rejects tls on an HTTP listener', () => {
      const result = validator.validate(
        gateway({ name: 'http', protocol: 'HTTP', port: 80 }),
      );
      expect(result.errors).toEqual([
        {
          path: 'spec.listeners',
          message:
            "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']",
          rule: expect.any(String),
        },
      ]);
    });

    it('rejects TLS termination without certificateRefs or options, as the API server does (no such key)', () => {
      const result = validator.validate(
        gateway({ tls: { mode: 'Terminate' } }),
      );
      expect(result.errors).toEqual([
        {
          path: 'spec.listeners[0].tls',
          message: expect.stringMatching(
            /certificateRefs.* evaluating rule: certificateRefs or options must be specified when mode is Terminate$/,
          ),
          rule: "self.mode == 'Terminate' ? size(self.certificateRefs) > 0 || size(self.options) > 0 : true",
        },
      ]);
    });

    it('accepts an HTTPS listener without tls: the CRD has no rule for it (the controller rejects it)', () => {
      const object = gateway();
      const spec = object.spec as { listeners: Record<string, unknown>[] };
      delete spec.listeners[0].tls;
      expect(validator.validate(object).status).toBe('valid');
    });
  });

  describe('CiliumNetworkPolicy', () => {
    it('accepts ingress from the ingress entity and DNS egress', () => {
      expect(validator.validate(networkPolicy())).toEqual({
        status: 'valid',
        kind: 'CiliumNetworkPolicy',
        name: 'svc-ledger',
        namespace: 'ledger',
        errors: [],
      });
    });

    it('rejects a spec with neither ingress nor egress sections', () => {
      const result = validator.validate(
        networkPolicy({ endpointSelector: { matchLabels: { app: 'x' } } }),
      );
      expect(result.errors).toEqual([
        {
          path: 'spec',
          message:
            'must specify at least one of: ingress, ingressDeny, egress, egressDeny',
        },
      ]);
    });

    it('rejects both endpointSelector and nodeSelector', () => {
      const policy = networkPolicy();
      (policy.spec as Record<string, unknown>).nodeSelector = {
        matchLabels: { role: 'edge' },
      };
      expect(validator.validate(policy).errors).toEqual([
        {
          path: 'spec',
          message:
            'must specify exactly one of: endpointSelector, nodeSelector',
        },
      ]);
    });

    it('rejects a toCIDRSet item with a bad cidr', () => {
      const result = validator.validate(
        networkPolicy({
          endpointSelector: {},
          egress: [
            { toCIDRSet: [{ cidr: '10.0.0.0/8' }, { cidr: '10.0.0.0/33' }] },
          ],
        }),
      );
      expect(result.errors).toEqual([
        {
          path: 'spec.egress[0].toCIDRSet[1].cidr',
          message: 'must match format "cidr"',
        },
      ]);
    });

    it('rejects an unknown entity and a numeric port', () => {
      const result = validator.validate(
        networkPolicy({
          endpointSelector: {},
          ingress: [
            {
              fromEntities: ['internet'],
              toPorts: [{ ports: [{ port: 8080 }] }],
            },
          ],
        }),
      );
      expect(result.errors).toEqual([
        {
          path: 'spec.ingress[0].fromEntities[0]',
          message: expect.stringMatching(
            /^unsupported value "internet"; supported values: "all", "world"/,
          ),
        },
        {
          path: 'spec.ingress[0].toPorts[0].ports[0].port',
          message: 'must be string',
        },
        { path: '', message: CEL_SKIPPED },
      ]);
    });
  });

  it('does not check kinds it has no CRD for', () => {
    const configMap: KubernetesObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cloudflared', namespace: 'platform' },
      data: { 'config.yaml': 'tunnel: x' },
    };
    expect(validator.validate(configMap)).toEqual({
      status: 'unknown-kind',
      kind: 'ConfigMap',
      name: 'cloudflared',
      namespace: 'platform',
      errors: [],
    });
    expect(validator.applyDefaults(configMap)).toEqual(configMap);
  });
});
