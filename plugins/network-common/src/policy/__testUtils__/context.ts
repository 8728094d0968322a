import { WorkloadIndex } from '../identities';
import type { CompileContext } from '../model';
import type { EstateService, EstateWorkload, PolicyProblem } from '../types';

/** A compile context over a few workloads that records the problems it is told about. */
export function compileContext(
  workloads: EstateWorkload[],
  services: EstateService[] = [],
): CompileContext & { problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  return {
    index: new WorkloadIndex({ namespaces: [], workloads, policies: [] }),
    services,
    problem: (policy, message) => problems.push({ policy, message }),
    problems,
  };
}
