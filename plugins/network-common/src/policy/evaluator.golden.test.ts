import fs from 'fs';
import path from 'path';
import {
  findRepoRoot,
  readManifests,
} from '../model/__testUtils__/exampleEstate';
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

function exampleObjects(): KubernetesObject[] {
  return readManifests(
    path.join(findRepoRoot(__dirname), 'examples', 'gitops'),
  ).map(o => o.object);
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
