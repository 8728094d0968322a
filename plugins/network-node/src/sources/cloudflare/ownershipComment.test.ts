import { InputError } from '@backstage/errors';
import {
  formatOwnershipComment,
  parseOwnershipComment,
} from './ownershipComment';

describe('ownership comment', () => {
  it('round-trips an entity ref', () => {
    const comment = formatOwnershipComment('component:default/svc-ledger');
    expect(comment).toBe(
      'managed-by=backstage owner=component:default/svc-ledger',
    );
    expect(parseOwnershipComment(comment)).toBe('component:default/svc-ledger');
  });

  it('tolerates notes around the marker', () => {
    expect(
      parseOwnershipComment(
        'migrated 2026-11  owner=component:default/svc-payment managed-by=backstage',
      ),
    ).toBe('component:default/svc-payment');
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['owner=component:default/x'],
    ['managed-by=terraform owner=component:default/x'],
    ['managed-by=backstage'],
    ['managed-by=backstage owner='],
  ])('finds no owner in %p', comment => {
    expect(parseOwnershipComment(comment)).toBeUndefined();
  });

  it('refuses owners that would not parse back', () => {
    expect(() => formatOwnershipComment('component:default/a b')).toThrow(
      InputError,
    );
    expect(() => formatOwnershipComment('')).toThrow(InputError);
  });
});
