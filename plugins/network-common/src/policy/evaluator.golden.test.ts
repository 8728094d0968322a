import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import type { KubernetesObject } from '../model/sources';
import { policyEstateFromObjects } from './estateFromObjects';
import { createPolicyEvaluator } from './evaluator';
import { formatConnection } from './format';

/*
 * The example estate's connectivity (examples/gitops) against a reviewed
 * golden file. UPDATE_GOLDEN=1 rewrites the file; review the diff line by
 * line against the seed's policy tables before committing it.
 */

const GOLDEN = path.join(__dirname, '__fixtures__', 'example-estate.reach.txt');

function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'backstage.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error('backstage.json not found above the test');
    dir = parent;
  }
  return dir;
}

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(e => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return yamlFiles(full);
      return /\.ya?ml$/.test(e.name) ? [full] : [];
    })
    .sort();
}

function exampleObjects(): KubernetesObject[] {
  return yamlFiles(path.join(repoRoot(), 'examples', 'gitops')).flatMap(file =>
    parseAllDocuments(fs.readFileSync(file, 'utf8')).flatMap(doc => {
      if (doc.errors.length > 0)
        throw new Error(`${file}: ${doc.errors[0].message}`);
      const value = doc.toJS();
      return value && typeof value === 'object'
        ? [value as KubernetesObject]
        : [];
    }),
  );
}

describe('the example estate (examples/gitops)', () => {
  const ev = createPolicyEvaluator(policyEstateFromObjects(exampleObjects()));
  const lines = ev.connections().map(formatConnection);

  it('matches the reviewed golden file', () => {
    const text = `${lines.join('\n')}\n`;
    if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(GOLDEN, text);
    expect(text).toBe(fs.readFileSync(GOLDEN, 'utf8'));
  });

  it('understands every policy', () => {
    expect(ev.problems).toEqual([]);
  });

  it('shows the deliberate faults', () => {
    // svc-merchant lets in the platform namespace, not the Gateway's `ingress` identity.
    expect(lines.filter(l => l.startsWith('ingress => svc-merchant/'))).toEqual(
      [],
    );
    expect(lines).toContain(
      'platform/argocd-server[Deployment] => svc-merchant/svc-merchant[Deployment] : TCP 8080,50051',
    );
    // svc-notification's default-deny egress has no DNS.
    expect(
      lines.filter(l =>
        l.startsWith(
          'svc-notification/svc-notification[Deployment] => kube-system/',
        ),
      ),
    ).toEqual([]);
    expect(
      ev.evaluate({
        from: {
          workload: { namespace: 'svc-notification', name: 'svc-notification' },
        },
        to: { workload: { namespace: 'kube-system', name: 'coredns' } },
        port: 53,
        protocol: 'UDP',
      }).egress.explanation,
    ).toContain(
      'default deny for egress (CiliumNetworkPolicy svc-notification/svc-notification)',
    );
  });
});
