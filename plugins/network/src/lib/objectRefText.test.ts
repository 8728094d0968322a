import { objectLocation, objectName } from './objectRefText';

describe('objectName', () => {
  it('names namespaced and cluster-wide objects', () => {
    expect(
      objectName({
        kind: 'HTTPRoute',
        namespace: 'svc-ledger',
        name: 'svc-ledger',
        source: 'gitops',
      }),
    ).toBe('HTTPRoute svc-ledger/svc-ledger');
    expect(
      objectName({
        kind: 'DNSRecord',
        name: 'api.localplus.io',
        source: 'cloudflare',
      }),
    ).toBe('DNSRecord api.localplus.io');
  });
});

describe('objectLocation', () => {
  it('gives the file and line of a GitOps object', () => {
    expect(
      objectLocation({
        kind: 'HTTPRoute',
        name: 'x',
        source: 'gitops',
        file: 'apps/x/httproute.yaml',
        line: 4,
      }),
    ).toBe('gitops apps/x/httproute.yaml:4');
  });

  it('does not repeat a cluster the source id already names', () => {
    expect(
      objectLocation({
        kind: 'Service',
        name: 'x',
        source: 'kubernetes:prod',
        cluster: 'prod',
      }),
    ).toBe('kubernetes:prod');
    expect(
      objectLocation({
        kind: 'Service',
        name: 'x',
        source: 'kubernetes',
        cluster: 'prod',
      }),
    ).toBe('kubernetes cluster prod');
  });
});
