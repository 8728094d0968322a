import {
  DatabaseService,
  isDatabaseConflictError,
} from '@backstage/backend-plugin-api';
import { ConflictError } from '@backstage/errors';
import type { TunnelLock } from '@localplus/plugin-network-node';
import { randomUUID } from 'node:crypto';
import { databaseClient, Knex, LOCK_TABLE } from './tables';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** @public */
export interface DatabaseTunnelLockOptions {
  /** A holder that stops renewing (a crashed replica) loses the lock after this long. */
  leaseMs?: number;
  /** How long a run waits for the lock before giving up. */
  waitMs?: number;
  /** Pause between attempts, with up to as much again of jitter. */
  retryMs?: number;
}

/**
 * One writer per tunnel across every replica, through the scaffolder's database: the lock is a
 * row keyed by tunnel id. Taking it is an insert, which the primary key lets only one replica
 * win; the others wait and retry, and take over a row whose lease ran out. The holder renews the
 * lease while it works. Plain inserts and conditional updates, so SQLite and PostgreSQL behave
 * the same.
 *
 * @public
 */
export class DatabaseTunnelLock implements TunnelLock {
  readonly #client: () => Promise<Knex>;
  readonly #leaseMs: number;
  readonly #waitMs: number;
  readonly #retryMs: number;

  constructor(
    database: DatabaseService,
    options: DatabaseTunnelLockOptions = {},
  ) {
    this.#client = databaseClient(database);
    this.#leaseMs = options.leaseMs ?? 60_000;
    this.#waitMs = options.waitMs ?? 120_000;
    this.#retryMs = options.retryMs ?? 50;
  }

  async withLock<T>(tunnelId: string, fn: () => Promise<T>): Promise<T> {
    const knex = await this.#client();
    const holder = randomUUID();
    await this.#acquire(knex, tunnelId, holder);
    const renewal = setInterval(() => {
      knex(LOCK_TABLE)
        .where({ tunnel_id: tunnelId, holder })
        .update({ expires_at: Date.now() + this.#leaseMs })
        .catch(() => {
          // the next renewal tries again; the lease is three renewals long
        });
    }, this.#leaseMs / 3);
    try {
      return await fn();
    } finally {
      clearInterval(renewal);
      await knex(LOCK_TABLE).where({ tunnel_id: tunnelId, holder }).delete();
    }
  }

  async #acquire(knex: Knex, tunnelId: string, holder: string): Promise<void> {
    const deadline = Date.now() + this.#waitMs;
    for (;;) {
      const expires = Date.now() + this.#leaseMs;
      try {
        await knex(LOCK_TABLE).insert({
          tunnel_id: tunnelId,
          holder,
          expires_at: expires,
        });
        return;
      } catch (error) {
        if (!isDatabaseConflictError(error)) {
          throw error;
        }
      }
      const taken = await knex(LOCK_TABLE)
        .where({ tunnel_id: tunnelId })
        .andWhere('expires_at', '<', Date.now())
        .update({ holder, expires_at: expires });
      if (taken === 1) {
        return;
      }
      if (Date.now() > deadline) {
        throw new ConflictError(
          `Tunnel ${tunnelId} is being changed by another run for over ${Math.round(
            this.#waitMs / 1000,
          )} s; try again in a moment`,
        );
      }
      await sleep(this.#retryMs + Math.random() * this.#retryMs);
    }
  }
}
