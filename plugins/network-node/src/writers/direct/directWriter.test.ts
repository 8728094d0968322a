import type { PlannedChange } from '../types';
import { DirectWriter } from './directWriter';
import type { DirectChange, DirectSystemWriter } from './types';

type Record = Extract<DirectChange, { type: 'put-public-record' }>;

/** A provider that keeps records in a map and can be told to fail a name. */
function provider(failOn?: string, failUndo = false) {
  const records = new Map<string, string>();
  const line = (change: Record, action: PlannedChange['action']) =>
    ({
      system: 'dns-public',
      target: 'direct',
      action,
      file: 'zone',
      object: { kind: 'DNSRecord', name: change.name },
    } as PlannedChange);
  const writer: DirectSystemWriter<Record> = {
    plan: async change =>
      line(change, records.has(change.name) ? 'unchanged' : 'create'),
    apply: async change => {
      if (change.name === failOn) {
        throw new Error(`${change.name}: HTTP 500`);
      }
      if (records.has(change.name)) {
        return { planned: line(change, 'unchanged') };
      }
      records.set(change.name, change.target);
      return {
        planned: line(change, 'create'),
        undo: async () => {
          if (failUndo) {
            throw new Error('gone');
          }
          records.delete(change.name);
        },
      };
    },
  };
  return { writer, records };
}

const record = (name: string): Record => ({
  type: 'put-public-record',
  system: 'dns-public',
  name,
  target: 't.cfargotunnel.com',
  proxied: true,
  owner: 'component:default/x',
});

describe('DirectWriter', () => {
  it('applies in order and reports each change', async () => {
    const { writer, records } = provider();
    const direct = new DirectWriter({ 'put-public-record': writer });
    await expect(direct.plan([record('a'), record('b')])).resolves.toEqual([
      expect.objectContaining({ action: 'create' }),
      expect.objectContaining({ action: 'create' }),
    ]);
    await direct.apply([record('a'), record('b')]);
    expect([...records.keys()]).toEqual(['a', 'b']);
  });

  it('takes back what the run created when a later change fails, but not what was there', async () => {
    const { writer, records } = provider('c');
    records.set('a', 'there before');
    const direct = new DirectWriter({ 'put-public-record': writer });
    await expect(
      direct.apply([record('a'), record('b'), record('c')]),
    ).rejects.toThrow('c: HTTP 500');
    expect([...records]).toEqual([['a', 'there before']]);
  });

  it('says what it could not take back', async () => {
    const { writer } = provider('c', true);
    const direct = new DirectWriter({ 'put-public-record': writer });
    await expect(direct.apply([record('b'), record('c')])).rejects.toThrow(
      'c: HTTP 500; could not take back dns-public DNSRecord b: a re-run of the same step completes or reuses them',
    );
  });

  it('refuses a change whose provider is not configured', async () => {
    await expect(
      new DirectWriter({}).plan([record('a')]),
    ).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message:
        'The direct target cannot write dns-public: its provider is not configured',
    });
  });
});
