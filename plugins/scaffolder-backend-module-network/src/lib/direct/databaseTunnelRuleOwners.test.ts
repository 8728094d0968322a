import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseTunnelRuleOwners } from './databaseTunnelRuleOwners';

describe('DatabaseTunnelRuleOwners', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('records, replaces and forgets owners per tunnel', async () => {
    const knex = await databases.init('SQLITE_3');
    const owners = new DatabaseTunnelRuleOwners({
      getClient: async () => knex,
    });
    await owners.set('t1', 'a.localplus.io ', 'component:default/a');
    await owners.set(
      't1',
      'api.localplus.io ^/v1/b(/.*)?$',
      'component:default/b',
    );
    await owners.set('t2', 'a.localplus.io ', 'component:default/other');
    await owners.set('t1', 'a.localplus.io ', 'component:default/a2');
    expect(await owners.list('t1')).toEqual(
      new Map([
        ['a.localplus.io ', 'component:default/a2'],
        ['api.localplus.io ^/v1/b(/.*)?$', 'component:default/b'],
      ]),
    );
    await owners.remove('t1', 'a.localplus.io ');
    expect([...(await owners.list('t1')).keys()]).toEqual([
      'api.localplus.io ^/v1/b(/.*)?$',
    ]);
    expect((await owners.list('t2')).size).toBe(1);
  });
});
