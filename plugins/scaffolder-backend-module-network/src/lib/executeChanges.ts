import { ConflictError } from '@backstage/errors';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import type {
  GitopsChange,
  PlannedChange,
} from '@localplus/plugin-network-node';
import { createHash } from 'node:crypto';
import { AvailabilityCheck, checkAvailability } from './availabilityChecks';
import { executorFor } from './executors';
import type { DnsNameClaim } from './folderDnsCheck';
import type { NetworkActionsOptions } from './options';
import { runTargetFor } from './runTarget';

/** The parts of the scaffolder's context a network run uses. */
export type RunContext = Pick<
  ActionContext<{}>,
  'logger' | 'isDryRun' | 'workspacePath' | 'checkpoint' | 'user' | 'task'
>;

/** A network run: the files to change, and the questions for the index before changing them. */
export interface NetworkRun {
  actionId: string;
  entityRef: string;
  targetPath?: string;
  changes: GitopsChange[];
  checks: AvailabilityCheck[];
  /** Plan lines decided without the writer, e.g. a shared hostname the tunnel already serves. */
  notes?: PlannedChange[];
  /** DNS names the run publishes; checked against every DNSEndpoint of the folder. */
  dnsNames?: DnsNameClaim[];
}

function describe(change: PlannedChange): string {
  const ns = change.object.namespace ? `${change.object.namespace}/` : '';
  const what = `${change.system}: ${change.action} ${change.object.kind} ${ns}${change.object.name} in ${change.file}`;
  return change.reason ? `${what} (${change.reason})` : what;
}

function summary(plan: PlannedChange[]) {
  return plan.map(p => ({
    system: p.system,
    action: p.action,
    file: p.file,
    kind: p.object.kind,
    name: p.object.name,
    namespace: p.object.namespace ?? null,
  }));
}

/** Checkpoint key from the inputs, so a retried task skips what already went through. */
function checkpointKey(run: NetworkRun, where: string): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([run.entityRef, where, run.changes]))
    .digest('hex')
    .slice(0, 16);
  return `network.${run.actionId}.${digest}`;
}

/**
 * Plans a run, and applies it unless this is a dry run: conflicts (from the index or from the
 * files) fail the step with a ConflictError naming the owner; every write is audited.
 *
 * @returns the plan (dry run) or what was done, one line per system and object
 */
export async function executeNetworkRun(
  ctx: RunContext,
  options: NetworkActionsOptions,
  run: NetworkRun,
): Promise<PlannedChange[]> {
  const target = runTargetFor(options, ctx.workspacePath, run.targetPath);
  const executor = executorFor(target, options.settings, run);
  const conflicts = await checkAvailability(
    options.availability,
    run.checks,
    target.type,
  );
  const plan = [...conflicts, ...(run.notes ?? []), ...(await executor.plan())];
  for (const line of plan) {
    const log = line.action === 'conflict' ? ctx.logger.warn : ctx.logger.info;
    log.call(ctx.logger, `${ctx.isDryRun ? 'would ' : ''}${describe(line)}`);
  }
  if (ctx.isDryRun) {
    return plan;
  }
  const blocking = plan.filter(p => p.action === 'conflict');
  if (blocking.length > 0) {
    throw new ConflictError(
      `Refused, nothing was written: ${blocking.map(b => b.reason).join('; ')}`,
    );
  }
  if (plan.every(p => p.action === 'unchanged')) {
    ctx.logger.info('nothing to change');
    return plan;
  }
  const audit = await options.auditor?.createEvent({
    eventId: 'network-write',
    severityLevel: 'medium',
    meta: {
      action: run.actionId,
      actor: ctx.user?.ref ?? null,
      entityRef: run.entityRef,
      target: target.type,
      where: executor.where,
      taskId: ctx.task.id,
      plan: summary(plan),
    },
  });
  try {
    const applied = JSON.parse(
      await ctx.checkpoint({
        key: checkpointKey(run, executor.where),
        fn: async () => JSON.stringify(await executor.apply()),
      }),
    ) as PlannedChange[];
    const done = [...(run.notes ?? []), ...applied];
    await audit?.success({ meta: { changes: summary(done) } });
    for (const line of applied.filter(a => a.action !== 'unchanged')) {
      ctx.logger.info(`done: ${describe(line)}`);
    }
    // files in the workspace reach the index only once their pull request is merged
    if (run.targetPath === undefined) {
      await options.refresher?.refresh(ctx.logger);
    }
    return done;
  } catch (error) {
    await audit?.fail({ error: error as Error });
    throw error;
  }
}
