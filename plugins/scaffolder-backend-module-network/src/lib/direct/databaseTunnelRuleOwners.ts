import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { TunnelRuleOwners } from '@localplus/plugin-network-node';
import { databaseClient, Knex, OWNER_TABLE } from './tables';

/**
 * The owners of the rules the suite wrote into remotely managed tunnels, in the scaffolder's
 * database: the Cloudflare API keeps no metadata on a rule.
 *
 * @public
 */
export class DatabaseTunnelRuleOwners implements TunnelRuleOwners {
  readonly #client: () => Promise<Knex>;

  constructor(database: DatabaseService) {
    this.#client = databaseClient(database);
  }

  async list(tunnelId: string): Promise<Map<string, string>> {
    const knex = await this.#client();
    const rows: Array<{ rule_key: string; owner: string }> = await knex(
      OWNER_TABLE,
    )
      .where({ tunnel_id: tunnelId })
      .select('rule_key', 'owner');
    return new Map(rows.map(r => [r.rule_key, r.owner]));
  }

  async set(tunnelId: string, key: string, owner: string): Promise<void> {
    const knex = await this.#client();
    await knex(OWNER_TABLE)
      .insert({ tunnel_id: tunnelId, rule_key: key, owner })
      .onConflict(['tunnel_id', 'rule_key'])
      .merge(['owner']);
  }

  async remove(tunnelId: string, key: string): Promise<void> {
    const knex = await this.#client();
    await knex(OWNER_TABLE)
      .where({ tunnel_id: tunnelId, rule_key: key })
      .delete();
  }
}
