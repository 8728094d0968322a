import { plainEntity, svcLedgerEntity } from './testing/fixtures';
import { isNetworkAvailable } from './entityFilter';

describe('isNetworkAvailable', () => {
  it('accepts components and resources with a Kubernetes id', () => {
    expect(isNetworkAvailable(svcLedgerEntity)).toBe(true);
    expect(isNetworkAvailable({ ...svcLedgerEntity, kind: 'Resource' })).toBe(
      true,
    );
  });

  it('rejects other kinds and entities without the id', () => {
    expect(isNetworkAvailable({ ...svcLedgerEntity, kind: 'API' })).toBe(false);
    expect(isNetworkAvailable(plainEntity)).toBe(false);
  });
});
