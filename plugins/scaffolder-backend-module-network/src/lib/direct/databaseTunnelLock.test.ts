import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseTunnelLock } from './databaseTunnelLock';
import { databaseClient, LOCK_TABLE } from './tables';

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('DatabaseTunnelLock', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  async function setUp() {
    const knex = await databases.init('SQLITE_3');
    const database = { getClient: async () => knex };
    await databaseClient(database)();
    return { knex, database };
  }

  it('lets one run at a time change a tunnel, across replicas', async () => {
    const { knex, database } = await setUp();
    // two replicas: two lock objects on one database
    const replicas = [
      new DatabaseTunnelLock(database, { retryMs: 2 }),
      new DatabaseTunnelLock(database, { retryMs: 2 }),
    ];
    let inside = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        replicas[i % 2].withLock('tunnel-1', async () => {
          inside++;
          most = Math.max(most, inside);
          await sleep(2);
          order.push(i);
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(order.sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
    expect(await knex(LOCK_TABLE).select()).toEqual([]);
  });

  it('does not make runs on different tunnels wait for each other', async () => {
    const { database } = await setUp();
    const lock = new DatabaseTunnelLock(database, { waitMs: 1_000 });
    let release!: () => void;
    const held = lock.withLock(
      'tunnel-a',
      () => new Promise<void>(resolve => (release = resolve)),
    );
    await expect(lock.withLock('tunnel-b', async () => 'b')).resolves.toBe('b');
    release();
    await held;
  });

  it('takes over the lock of a replica that died holding it', async () => {
    const { knex, database } = await setUp();
    await knex(LOCK_TABLE).insert({
      tunnel_id: 'tunnel-1',
      holder: 'dead-replica',
      expires_at: Date.now() - 1,
    });
    const lock = new DatabaseTunnelLock(database, { waitMs: 1_000 });
    await expect(lock.withLock('tunnel-1', async () => 'ok')).resolves.toBe(
      'ok',
    );
  });

  it('gives up with a conflict when another run holds the lock too long', async () => {
    const { knex, database } = await setUp();
    await knex(LOCK_TABLE).insert({
      tunnel_id: 'tunnel-1',
      holder: 'busy-replica',
      expires_at: Date.now() + 60_000,
    });
    const lock = new DatabaseTunnelLock(database, { waitMs: 50, retryMs: 5 });
    const fn = jest.fn();
    await expect(lock.withLock('tunnel-1', fn)).rejects.toMatchObject({
      name: 'ConflictError',
      message: expect.stringContaining('Tunnel tunnel-1 is being changed'),
    });
    expect(fn).not.toHaveBeenCalled();
  });

  it('releases the lock when the work fails', async () => {
    const { knex, database } = await setUp();
    const lock = new DatabaseTunnelLock(database);
    await expect(
      lock.withLock('tunnel-1', async () => {
        throw new Error('PUT failed');
      }),
    ).rejects.toThrow('PUT failed');
    expect(await knex(LOCK_TABLE).select()).toEqual([]);
  });
});
