import { emptyView, svcLedgerView } from '../testing/fixtures';
import { isEmptyView, publicUrls } from './viewShape';

describe('isEmptyView', () => {
  it('is true only when nothing names the entity', () => {
    expect(isEmptyView(emptyView)).toBe(true);
    expect(isEmptyView(svcLedgerView)).toBe(false);
    expect(
      isEmptyView({ ...emptyView, dnsRecords: svcLedgerView.dnsRecords }),
    ).toBe(false);
  });
});

describe('publicUrls', () => {
  it('builds one URL per public chain, with its path', () => {
    expect(publicUrls(svcLedgerView)).toEqual([
      'https://api.localplus.io/v1/ledger',
    ]);
  });

  it('adds public names no chain covers, once', () => {
    expect(
      publicUrls({
        chains: [],
        names: {
          public: ['pay.localplus.io', 'pay.localplus.io'],
          private: [],
          cluster: [],
        },
      }),
    ).toEqual(['https://pay.localplus.io']);
  });
});
