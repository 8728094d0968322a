import type { DatabaseService } from '@backstage/backend-plugin-api';

export type Knex = Awaited<ReturnType<DatabaseService['getClient']>>;

/** One row per tunnel while a run writes its configuration. */
export const LOCK_TABLE = 'network_tunnel_locks';
/** One row per tunnel rule the suite wrote, with its owner. */
export const OWNER_TABLE = 'network_tunnel_rule_owners';

async function createIfMissing(
  knex: Knex,
  table: string,
  build: Parameters<Knex['schema']['createTable']>[1],
): Promise<void> {
  if (await knex.schema.hasTable(table)) {
    return;
  }
  try {
    await knex.schema.createTable(table, build);
  } catch (error) {
    // another replica created it between our check and our create
    if (!(await knex.schema.hasTable(table))) {
      throw error;
    }
  }
}

/**
 * The module's two small tables, in the scaffolder's database. Created on first use rather than by
 * migrations: the module ships no migration folder of its own.
 */
export function databaseClient(database: DatabaseService): () => Promise<Knex> {
  let ready: Promise<Knex> | undefined;
  return () => {
    ready ??= (async () => {
      const knex = await database.getClient();
      await createIfMissing(knex, LOCK_TABLE, table => {
        table.string('tunnel_id', 255).primary();
        table.string('holder', 64).notNullable();
        // epoch milliseconds: compared in SQL the same way on SQLite and PostgreSQL
        table.bigInteger('expires_at').notNullable();
      });
      await createIfMissing(knex, OWNER_TABLE, table => {
        table.string('tunnel_id', 255).notNullable();
        table.string('rule_key', 2048).notNullable();
        table.string('owner', 255).notNullable();
        table.primary(['tunnel_id', 'rule_key']);
      });
      return knex;
    })().catch(error => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
}
