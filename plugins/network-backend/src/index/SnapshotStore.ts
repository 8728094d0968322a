import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { SourceSnapshot } from '@localplus/plugin-network-common';
import type { Knex } from 'knex';

const TABLE = 'network_source_snapshots';

/** What the store keeps per source. */
export interface StoredSource {
  sourceId: string;
  state: 'declared' | 'live';
  snapshot?: SourceSnapshot;
  lastRefreshAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  revision: number;
}

interface Row {
  source_id: string;
  state: string;
  snapshot: string | null;
  last_refresh_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  revision: number | string;
}

/**
 * Snapshots in the plugin's database, so one replica reads the providers and every replica
 * serves the same index without calling them.
 */
export class SnapshotStore {
  readonly #db: Knex;

  static async create(database: DatabaseService): Promise<SnapshotStore> {
    const db = await database.getClient();
    if (!database.migrations?.skip) {
      await db.migrate.latest({
        directory: resolvePackagePath(
          '@localplus/plugin-network-backend',
          'migrations',
        ),
      });
    }
    return new SnapshotStore(db);
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  async saveSuccess(snapshot: SourceSnapshot): Promise<void> {
    const now = new Date().toISOString();
    await this.#upsert(snapshot.sourceId, snapshot.state, {
      snapshot: JSON.stringify(snapshot),
      last_refresh_at: now,
      last_success_at: now,
      last_error: null,
    });
  }

  /** Records a failed read; the last good snapshot stays. */
  async saveFailure(
    sourceId: string,
    state: 'declared' | 'live',
    error: string,
  ): Promise<void> {
    await this.#upsert(sourceId, state, {
      last_refresh_at: new Date().toISOString(),
      last_error: error,
    });
  }

  /** Sum of revisions: cheap to poll, changes whenever any source was written. */
  async revision(): Promise<number> {
    const [row] = await this.#db(TABLE).sum({ total: 'revision' });
    return Number(row?.total ?? 0);
  }

  async loadAll(): Promise<StoredSource[]> {
    const rows: Row[] = await this.#db(TABLE).select();
    return rows.map(row => ({
      sourceId: row.source_id,
      state: row.state === 'live' ? 'live' : 'declared',
      snapshot: row.snapshot ? JSON.parse(row.snapshot) : undefined,
      lastRefreshAt: row.last_refresh_at ?? undefined,
      lastSuccessAt: row.last_success_at ?? undefined,
      lastError: row.last_error ?? undefined,
      revision: Number(row.revision),
    }));
  }

  async #upsert(
    sourceId: string,
    state: string,
    fields: Partial<Omit<Row, 'source_id' | 'state' | 'revision'>>,
  ): Promise<void> {
    await this.#db.transaction(async tx => {
      const existing = await tx(TABLE).where({ source_id: sourceId }).first();
      if (existing) {
        await tx(TABLE)
          .where({ source_id: sourceId })
          .update({
            ...fields,
            state,
            revision: Number(existing.revision) + 1,
          });
      } else {
        await tx(TABLE).insert({
          source_id: sourceId,
          state,
          snapshot: null,
          last_refresh_at: null,
          last_success_at: null,
          last_error: null,
          ...fields,
          revision: 1,
        });
      }
    });
  }
}
