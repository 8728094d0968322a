import {
  GitopsChange,
  GitopsWriter,
  NetworkWriteSettings,
  PlannedChange,
} from '@localplus/plugin-network-node';
import { toDirectChanges } from './directChanges';
import { DnsNameClaim, folderDnsConflicts } from './folderDnsCheck';
import type { RunTarget } from './runTarget';

/** Plans and applies one run's changes in its target. */
export interface Executor {
  /** For audit events and checkpoint keys: the folder, or `direct`. */
  where: string;
  plan(): Promise<PlannedChange[]>;
  apply(): Promise<PlannedChange[]>;
}

/** The GitOps folder: files under their locks; DNS names checked against the whole folder. */
function gitopsExecutor(
  root: string,
  owner: string,
  changes: GitopsChange[],
  dnsNames: DnsNameClaim[],
): Executor {
  const writer = GitopsWriter.create({ root });
  return {
    where: root,
    plan: async () => [
      ...(await folderDnsConflicts(root, dnsNames, owner)),
      ...(await writer.plan(changes)),
    ],
    apply: () => writer.apply(changes),
  };
}

/** Builds the executor of a run for its target. */
export function executorFor(
  target: RunTarget,
  settings: NetworkWriteSettings,
  run: {
    entityRef: string;
    changes: GitopsChange[];
    dnsNames?: DnsNameClaim[];
  },
): Executor {
  if (target.type === 'gitops') {
    return gitopsExecutor(
      target.root,
      run.entityRef,
      run.changes,
      run.dnsNames ?? [],
    );
  }
  // the providers themselves say who holds a name; no folder to consult
  const changes = toDirectChanges(run.changes, settings.tunnel.id);
  return {
    where: 'direct',
    plan: () => target.direct.writer.plan(changes),
    apply: () => target.direct.writer.apply(changes),
  };
}
