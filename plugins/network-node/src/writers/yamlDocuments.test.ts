import fs from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../testing/sharedCrds';
import type { KubernetesObject } from '../manifests/types';
import {
  objectsInFile,
  removeObjectsFromFile,
  upsertObjectInFile,
} from './yamlDocuments';
import { markOwned } from './ownership';

const estate = path.join(findRepoRoot(__dirname), 'examples', 'gitops');
const dnsPublic = fs.readFileSync(
  path.join(estate, 'platform', 'dns-public.yaml'),
  'utf8',
);

const OWNER = 'component:default/svc-shop';
const record = (target: string): KubernetesObject =>
  markOwned(
    {
      apiVersion: 'externaldns.k8s.io/v1alpha1',
      kind: 'DNSEndpoint',
      metadata: { name: 'svc-shop-public', namespace: 'platform' },
      spec: {
        endpoints: [{ dnsName: 'shop.localplus.io', targets: [target] }],
      },
    },
    OWNER,
    'svc-shop',
  );

describe('upsertObjectInFile', () => {
  it('creates a new file', () => {
    const edit = upsertObjectInFile(undefined, record('a'), OWNER, 'f.yaml');
    expect(edit.action).toBe('create');
    expect(objectsInFile(edit.text, 'f.yaml')).toEqual([record('a')]);
  });

  it('appends to a file of foreign objects and leaves them byte for byte', () => {
    const edit = upsertObjectInFile(dnsPublic, record('a'), OWNER, 'f.yaml');
    expect(edit.action).toBe('create');
    expect(edit.text.startsWith(dnsPublic)).toBe(true);
    expect(edit.text.slice(dnsPublic.length)).toMatch(/^---\napiVersion/);
    expect(objectsInFile(edit.text, 'f.yaml')).toHaveLength(2);
  });

  it('is unchanged when equal and updates only its own document', () => {
    const once = upsertObjectInFile(dnsPublic, record('a'), OWNER, 'f.yaml');
    expect(upsertObjectInFile(once.text, record('a'), OWNER, 'f.yaml')).toEqual(
      { action: 'unchanged', text: once.text },
    );
    const twice = upsertObjectInFile(once.text, record('b'), OWNER, 'f.yaml');
    expect(twice.action).toBe('update');
    expect(twice.text.startsWith(dnsPublic)).toBe(true);
    expect(objectsInFile(twice.text, 'f.yaml')[1]).toEqual(record('b'));
  });

  it('refuses an object of the same identity it does not own', () => {
    const foreign: KubernetesObject = {
      apiVersion: 'externaldns.k8s.io/v1alpha1',
      kind: 'DNSEndpoint',
      metadata: { name: 'localplus-io-public', namespace: 'platform' },
    };
    const edit = upsertObjectInFile(
      dnsPublic,
      markOwned(foreign, OWNER, 'x'),
      OWNER,
      'platform/dns-public.yaml',
    );
    expect(edit).toEqual({
      action: 'conflict',
      reason:
        'DNSEndpoint platform/localplus-io-public already exists in platform/dns-public.yaml, not managed by Backstage',
      text: dnsPublic,
    });
  });

  it('refuses to edit a file that is not valid YAML', () => {
    expect(() =>
      upsertObjectInFile('a: [\n', record('a'), OWNER, 'bad.yaml'),
    ).toThrow(/bad.yaml is not valid YAML/);
  });
});

describe('removeObjectsFromFile', () => {
  it('removes only the selected documents and keeps the rest verbatim', () => {
    const withOurs = upsertObjectInFile(
      dnsPublic,
      record('a'),
      OWNER,
      'f',
    ).text;
    const { text, removed } = removeObjectsFromFile(
      withOurs,
      o => o.metadata.annotations?.['network.localplus.io/owner'] === OWNER,
      'f',
    );
    expect(removed).toEqual([record('a')]);
    expect(text).toBe(dnsPublic);
  });

  it('leaves an empty text when nothing is left', () => {
    const ours = upsertObjectInFile(undefined, record('a'), OWNER, 'f').text;
    expect(removeObjectsFromFile(ours, () => true, 'f').text).toBe('');
  });
});
