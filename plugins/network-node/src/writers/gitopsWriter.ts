import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import { readTextIfExists, transactFile } from './atomicWrite';
import { withFileLock } from './fileLock';
import { compute, isConfigMap, undoOf } from './gitopsChanges';
import { TunnelConfigSummary, readTunnelConfig } from './tunnelConfig';
import type { GitopsChange, PlannedChange, TunnelConfigMapRef } from './types';
import { readStringValueInFile } from './yamlValues';

/**
 * Writes network changes into a GitOps folder: the local folder of the embedded default, or a
 * scaffolder workspace that becomes a pull request. Every file is changed under its lock with
 * compare-before-write; objects and tunnel rules we do not own are never changed.
 *
 * @public
 */
export class GitopsWriter {
  readonly #root: string;

  private constructor(root: string) {
    this.#root = root;
  }

  /** @param root - absolute path of the GitOps folder */
  static create(options: { root: string }): GitopsWriter {
    return new GitopsWriter(options.root);
  }

  get root(): string {
    return this.#root;
  }

  #path(file: string): string {
    return resolveSafeChildPath(this.#root, file);
  }

  /** What `changes` would do, in order, without writing anything. */
  async plan(changes: GitopsChange[]): Promise<PlannedChange[]> {
    const planned: PlannedChange[] = [];
    for (const change of changes) {
      const current = await readTextIfExists(this.#path(change.file));
      planned.push(...compute(change, current).result);
    }
    return planned;
  }

  /**
   * Applies `changes` in order. Refuses the whole batch when the plan has a conflict. When a
   * change fails half-way (a conflict that appeared since planning, an I/O error), what this call
   * created is removed again, and the error is rethrown; updates are left, since re-running the
   * same changes converges.
   */
  async apply(changes: GitopsChange[]): Promise<PlannedChange[]> {
    const plan = await this.plan(changes);
    const conflicts = plan.filter(p => p.action === 'conflict');
    if (conflicts.length > 0) {
      throw new ConflictError(conflicts.map(c => c.reason).join('; '));
    }
    const done: { change: GitopsChange; result: PlannedChange[] }[] = [];
    try {
      for (const change of changes) {
        const file = this.#path(change.file);
        const result = await withFileLock(file, () =>
          transactFile(file, current => compute(change, current)),
        );
        done.push({ change, result });
        const conflict = result.find(r => r.action === 'conflict');
        if (conflict) {
          throw new ConflictError(conflict.reason);
        }
      }
    } catch (error) {
      await this.#undo(done);
      throw error;
    }
    return done.flatMap(d => d.result);
  }

  async #undo(
    done: { change: GitopsChange; result: PlannedChange[] }[],
  ): Promise<void> {
    for (const { change, result } of [...done].reverse()) {
      for (const applied of result) {
        const undo = undoOf(change, applied);
        if (undo) {
          const file = this.#path(undo.file);
          await withFileLock(file, () =>
            transactFile(file, current => compute(undo, current)),
          );
        }
      }
    }
  }

  /**
   * Reads the tunnel configuration kept in a ConfigMap of the folder, or undefined when the file
   * or the ConfigMap is missing.
   */
  async readTunnel(
    file: string,
    configMap: TunnelConfigMapRef,
  ): Promise<TunnelConfigSummary | undefined> {
    const current = await readTextIfExists(this.#path(file));
    const value =
      current === undefined
        ? undefined
        : readStringValueInFile(
            current,
            isConfigMap(configMap),
            ['data', configMap.key],
            file,
          );
    return value === undefined ? undefined : readTunnelConfig(value);
  }
}
