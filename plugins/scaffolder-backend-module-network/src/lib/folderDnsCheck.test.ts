import { createMockDirectory } from '@backstage/backend-test-utils';
import { copyEstate } from '../__testUtils__/estate';
import { folderDnsConflicts } from './folderDnsCheck';

describe('folderDnsConflicts', () => {
  const dir = createMockDirectory();
  beforeAll(() => copyEstate(dir.path));

  it('names the DNSEndpoint that already publishes a name', async () => {
    const conflicts = await folderDnsConflicts(
      dir.path,
      [
        {
          name: 'svc-ledger.internal.localplus.io',
          system: 'dns-private',
          file: 'apps/svc-x/dns.yaml',
        },
        { name: 'free.localplus.io', system: 'dns-public', file: 'p' },
      ],
      'component:default/svc-x',
    );
    expect(conflicts).toEqual([
      expect.objectContaining({
        system: 'dns-private',
        action: 'conflict',
        object: {
          kind: 'DNSEndpoint',
          name: 'svc-ledger-private',
          namespace: 'svc-ledger',
        },
        reason:
          'DNS name svc-ledger.internal.localplus.io is already published by DNSEndpoint svc-ledger/svc-ledger-private in apps/svc-ledger/dns.yaml (not managed by Backstage)',
      }),
    ]);
  });

  it('asks nothing when the run publishes no name', async () => {
    await expect(folderDnsConflicts('/nonexistent', [], 'x')).resolves.toEqual(
      [],
    );
  });
});
