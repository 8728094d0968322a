import type { Protocol } from '../../policy/types';
import type { WorkloadFacts } from '../estate/workloads';
import { objectKey, objectRefOf } from '../objects';
import type { Relations } from '../relations';
import { World, policiesSelecting, workloadsOfService } from '../world';
import type { FindingSet } from './findingSet';

/** CoreDNS, found by its Service (`kube-system/kube-dns`) or, failing that, its usual label. */
export function kubeDnsWorkloads(world: World): WorkloadFacts[] {
  const service = world.services.get('kube-system/kube-dns');
  const selected = service ? workloadsOfService(world, service) : [];
  if (selected.length > 0) return selected;
  return (world.workloadsByNamespace.get('kube-system') ?? []).filter(
    w => w.podLabels['k8s-app'] === 'kube-dns',
  );
}

const PROTOCOLS: Protocol[] = ['UDP', 'TCP'];

/** Workloads in default-deny egress that may not ask kube-dns: nothing they call resolves. */
export function egressFindings(
  world: World,
  relations: Relations,
  findings: FindingSet,
): void {
  const dns = kubeDnsWorkloads(world)[0];
  if (!dns) return;
  const to = { workload: { namespace: dns.namespace, name: dns.name } };
  for (const workload of world.workloads) {
    if (
      workload === dns ||
      (workload.namespace === dns.namespace &&
        workload.podLabels['k8s-app'] === 'kube-dns')
    )
      continue;
    const from = {
      workload: { namespace: workload.namespace, name: workload.name },
    };
    const refused = PROTOCOLS.filter(protocol => {
      const verdict = world.reach.evaluate({ from, to, port: 53, protocol });
      return verdict.egress.defaultDeny && verdict.egress.verdict === 'denied';
    });
    if (refused.length === 0) continue;
    const policies = policiesSelecting(world, workload).filter(
      p => p.view.defaultDeny.egress,
    );
    const where = `${workload.namespace}/${workload.name}`;
    findings.add({
      check: 'egress-without-dns',
      severity: 'error',
      subject: [where],
      message: `${where} is in default-deny egress and may not reach kube-dns on ${refused
        .map(p => `${p} 53`)
        .join(' and ')}: no name it calls resolves`,
      objects: [
        ...policies.map(p => p.view.object),
        objectRefOf(workload.sourced),
      ],
      fixHint:
        'Add an egress rule to the pods labelled k8s-app=kube-dns in kube-system on port 53, UDP and TCP.',
      entityRefs:
        relations.objectEntities.get(objectKey(workload.sourced.object)) ?? [],
    });
  }
}
