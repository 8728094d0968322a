import type { KubernetesObject } from '@localplus/plugin-network-common';
import { parseFieldSelector, parseLabelSelector } from './selectors';

function pod(name: string, labels: Record<string, string>): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'svc-ledger', labels },
  };
}

const ledger = pod('ledger', { app: 'svc-ledger', tier: 'api' });
const wallet = pod('wallet', { app: 'svc-wallet' });

describe('parseLabelSelector', () => {
  it.each([
    ['', [true, true]],
    ['app=svc-ledger', [true, false]],
    ['app==svc-ledger', [true, false]],
    ['app!=svc-ledger', [false, true]],
    ['tier', [true, false]],
    ['!tier', [false, true]],
    ['app in (svc-ledger, svc-wallet),tier', [true, false]],
    ['app notin (svc-ledger)', [false, true]],
  ])('%s', (selector, expected) => {
    const matches = parseLabelSelector(selector);
    expect([matches(ledger), matches(wallet)]).toEqual(expected);
  });

  it('refuses what it cannot parse, as the API server does with 400', () => {
    expect(() => parseLabelSelector('app in svc-ledger')).toThrow(
      'unable to parse requirement: app in svc-ledger',
    );
  });
});

describe('parseFieldSelector', () => {
  it('matches metadata.name and metadata.namespace', () => {
    expect(parseFieldSelector('metadata.name=ledger')(ledger)).toBe(true);
    expect(parseFieldSelector('metadata.name!=ledger')(ledger)).toBe(false);
    expect(
      parseFieldSelector('metadata.namespace=svc-ledger,metadata.name=wallet')(
        wallet,
      ),
    ).toBe(true);
  });

  it('refuses other fields', () => {
    expect(() => parseFieldSelector('spec.nodeName=a')).toThrow(
      'field label not supported: spec.nodeName',
    );
  });
});
