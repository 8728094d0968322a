import fs from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../testing/sharedCrds';
import type { KubernetesObject } from '../manifests/types';
import { editStringValueInFile, readStringValueInFile } from './yamlValues';

const estate = path.join(findRepoRoot(__dirname), 'examples', 'gitops');
const cloudflared = fs.readFileSync(
  path.join(estate, 'platform', 'cloudflared.yaml'),
  'utf8',
);
const dnsPublic = fs.readFileSync(
  path.join(estate, 'platform', 'dns-public.yaml'),
  'utf8',
);

describe('editStringValueInFile', () => {
  const isTunnelConfig = (o: KubernetesObject) =>
    o.kind === 'ConfigMap' && o.metadata.name === 'cloudflared-config';

  it('replaces a block literal in place, leaving the other documents untouched', () => {
    const before = readStringValueInFile(
      cloudflared,
      isTunnelConfig,
      ['data', 'config.yaml'],
      'c',
    )!;
    const after = editStringValueInFile(
      cloudflared,
      isTunnelConfig,
      ['data', 'config.yaml'],
      value => value.replace('grafana.localplus.io', 'graphs.localplus.io'),
      'c',
    )!;
    expect(after).toBe(
      cloudflared.replace(
        'hostname: grafana.localplus.io',
        'hostname: graphs.localplus.io',
      ),
    );
    expect(
      readStringValueInFile(
        after,
        isTunnelConfig,
        ['data', 'config.yaml'],
        'c',
      ),
    ).toBe(before.replace('grafana.localplus.io', 'graphs.localplus.io'));
  });

  it('renders the document again when the value is not a block literal', () => {
    const text =
      'kind: ConfigMap\napiVersion: v1\nmetadata:\n  name: cloudflared-config\ndata:\n  config.yaml: "a: 1"\n---\nkind: Other\napiVersion: v1\nmetadata: {name: x}\n';
    const after = editStringValueInFile(
      text,
      isTunnelConfig,
      ['data', 'config.yaml'],
      () => 'a: 2\n',
      'c',
    )!;
    expect(
      readStringValueInFile(
        after,
        isTunnelConfig,
        ['data', 'config.yaml'],
        'c',
      ),
    ).toBe('a: 2\n');
    expect(
      after.endsWith('---\nkind: Other\napiVersion: v1\nmetadata: {name: x}\n'),
    ).toBe(true);
  });

  it('returns undefined when no document matches', () => {
    expect(
      editStringValueInFile(
        dnsPublic,
        isTunnelConfig,
        ['data', 'x'],
        v => v,
        'c',
      ),
    ).toBeUndefined();
  });
});
