import {
  createPolicyEvaluator,
  formatConnection,
  policyEstateFromObjects,
  type Connection,
} from '@localplus/plugin-network-common';
import type { CliIo } from '../lib/io';
import { loadEstate } from '../lib/loadEstate';

const workloadName = (peer: Connection['from']) =>
  peer.kind === 'workload' ? `${peer.namespace}/${peer.name}` : undefined;

/** `reach <folder>`: every allowed connection, one line each, sorted. */
export async function reach(
  folder: string,
  options: { json?: boolean; from?: string; to?: string },
  io: CliIo,
): Promise<number> {
  const snapshot = await loadEstate(folder);
  const evaluator = createPolicyEvaluator(
    policyEstateFromObjects(snapshot.objects.map(o => o.object)),
  );
  const connections = evaluator
    .connections()
    .filter(c => !options.from || workloadName(c.from) === options.from)
    .filter(c => !options.to || workloadName(c.to) === options.to);

  if (options.json) {
    io.out(
      JSON.stringify(
        connections.map(c => ({ line: formatConnection(c), ...c })),
        null,
        2,
      ),
    );
  } else {
    connections.forEach(c => io.out(formatConnection(c)));
  }
  for (const problem of [...snapshot.problems, ...evaluator.problems]) {
    io.err(`warning: ${JSON.stringify(problem)}`);
  }
  return 0;
}
