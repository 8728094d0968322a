// @ts-check

/**
 * One row per source: its last good snapshot and its health. The refresher (one replica)
 * writes; every replica reads and builds its own in-memory index from these rows.
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('network_source_snapshots', table => {
    table.comment('The last snapshot and health of each network source');
    table.string('source_id').primary().notNullable();
    table.string('state').notNullable();
    table.text('snapshot', 'longtext').nullable();
    table.string('last_refresh_at').nullable();
    table.string('last_success_at').nullable();
    table.text('last_error').nullable();
    table.bigInteger('revision').notNullable().defaultTo(0);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('network_source_snapshots');
};
