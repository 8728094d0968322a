import { InputError } from '@backstage/errors';
import {
  createPolicyEvaluator,
  policyEstateFromObjects,
  type Protocol,
} from '@localplus/plugin-network-common';
import type { CliIo } from '../lib/io';
import { loadEstate } from '../lib/loadEstate';
import { parsePeer } from '../lib/parsePeer';

const PROTOCOLS: Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** `explain <folder> --from --to --port`: one flow's verdict and the rules behind it. */
export async function explain(
  folder: string,
  options: {
    from: string;
    to: string;
    port: string;
    protocol?: string;
    json?: boolean;
  },
  io: CliIo,
): Promise<number> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new InputError(`--port must be 1-65535, got "${options.port}"`);
  }
  const protocol = (options.protocol ?? 'TCP').toUpperCase() as Protocol;
  if (!PROTOCOLS.includes(protocol)) {
    throw new InputError(`--protocol must be one of ${PROTOCOLS.join(', ')}`);
  }
  const snapshot = await loadEstate(folder);
  const evaluator = createPolicyEvaluator(
    policyEstateFromObjects(snapshot.objects.map(o => o.object)),
  );
  const verdict = evaluator.evaluate({
    from: parsePeer(options.from),
    to: parsePeer(options.to),
    port,
    protocol,
  });
  if (options.json) {
    io.out(JSON.stringify(verdict, null, 2));
    return 0;
  }
  io.out(
    `${options.from} => ${options.to} : ${protocol} ${port}: ${verdict.verdict}`,
  );
  io.out(verdict.explanation);
  for (const side of [verdict.egress, verdict.ingress]) {
    io.out(`  ${side.side}: ${side.verdict} - ${side.explanation}`);
  }
  return 0;
}
