import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@localplus/plugin-network-node/testing';
import { run } from './cli';

const repoRoot = () => findRepoRoot(__dirname);
const estate = path.join(repoRoot(), 'examples', 'gitops');
const sharedCrds = path.join(repoRoot(), '..', 'shared', 'crds');
// The upstream CRDs live next to the repository, never in it: a user's clone skips.
const describeIfSharedCrds = fs.existsSync(sharedCrds)
  ? describe
  : describe.skip;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    out: l => out.push(l),
    err: l => err.push(l),
  });
  return { code, out, err };
}

describe('localplus-network reach', () => {
  it('prints the golden connection list of the example estate', async () => {
    const { code, out } = await cli('reach', estate);
    expect(code).toBe(0);
    const golden = fs
      .readFileSync(
        path.join(
          repoRoot(),
          'plugins/network-common/src/policy/__fixtures__/example-estate.reach.txt',
        ),
        'utf8',
      )
      .trim()
      .split('\n');
    expect(out).toEqual(golden);
  });

  it('filters by destination and prints JSON', async () => {
    const { code, out } = await cli(
      'reach',
      estate,
      '--to',
      'svc-wallet/svc-wallet',
      '--json',
    );
    expect(code).toBe(0);
    const connections = JSON.parse(out.join('\n'));
    expect(connections.length).toBeGreaterThan(0);
    expect(
      connections.every((c: any) =>
        c.line.includes('=> svc-wallet/svc-wallet[Deployment]'),
      ),
    ).toBe(true);
    expect(connections.map((c: any) => c.line)).toContain(
      'svc-ledger/svc-ledger[Deployment] => svc-wallet/svc-wallet[Deployment] : TCP 50051',
    );
  });
});

describe('localplus-network explain', () => {
  it('allows the Gateway into svc-ledger and names the rule', async () => {
    const { code, out } = await cli(
      'explain',
      estate,
      '--from',
      'entity:ingress',
      '--to',
      'svc-ledger/svc-ledger',
      '--port',
      '8080',
    );
    expect(code).toBe(0);
    expect(out[0]).toBe(
      'entity:ingress => svc-ledger/svc-ledger : TCP 8080: allowed',
    );
    expect(out.join('\n')).toContain(
      'CiliumNetworkPolicy svc-ledger/svc-ledger',
    );
  });

  it('denies the Gateway into svc-merchant (the deliberate fault)', async () => {
    const { out } = await cli(
      'explain',
      estate,
      '--from',
      'entity:ingress',
      '--to',
      'svc-merchant/svc-merchant',
      '--port',
      '8080',
    );
    expect(out[0]).toMatch(/: denied$/);
  });

  it('refuses a bad port and a bad peer with exit code 2', async () => {
    expect(
      (
        await cli(
          'explain',
          estate,
          '--from',
          'a/b',
          '--to',
          'c/d',
          '--port',
          '0',
        )
      ).code,
    ).toBe(2);
    const bad = await cli(
      'explain',
      estate,
      '--from',
      'nope',
      '--to',
      'c/d',
      '--port',
      '80',
    );
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toContain('is not a flow end');
  });
});

describe('localplus-network check', () => {
  it("fails on the example estate's deliberate faults", async () => {
    const { code, out } = await cli('check', estate);
    expect(code).toBe(1);
    const text = out.join('\n');
    expect(text).toContain('gateway-blocked-by-policy');
    expect(text).toContain('dns-without-tunnel-rule');
    expect(text).toContain('egress-without-dns');
  });

  it('passes a clean folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-check-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'ns.yaml'),
        'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: quiet\n',
      );
      expect((await cli('check', dir)).code).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeIfSharedCrds('localplus-network check --crds', () => {
  it('validates against the CRDs given with --crds', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-check-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'route.yaml'),
        [
          'apiVersion: gateway.networking.k8s.io/v1',
          'kind: HTTPRoute',
          'metadata: { name: bad, namespace: quiet }',
          'spec:',
          '  rules:',
          '    - matches: [{ path: { type: PathPrefix, value: no-slash } }]',
        ].join('\n'),
      );
      const result = await cli('check', dir, '--crds', sharedCrds);
      expect(result.code).toBe(1);
      expect(result.out.join('\n')).toContain(
        'route.yaml:1 HTTPRoute quiet/bad',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
