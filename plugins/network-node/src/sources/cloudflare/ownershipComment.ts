import { InputError } from '@backstage/errors';

/**
 * The token that marks a record as written by the suite. Cloudflare keeps it in
 * the record `comment`; Route53, which has no comments, in a TXT record.
 *
 * @public
 */
export const OWNERSHIP_MARKER = 'managed-by=backstage';

const OWNER_KEY = 'owner=';

/**
 * The ownership marker for records the suite writes:
 * `managed-by=backstage owner=<entityRef>`.
 *
 * @public
 */
export function formatOwnershipComment(entityRef: string): string {
  if (!entityRef || /\s/.test(entityRef)) {
    throw new InputError(
      `Cannot mark a DNS record as owned by "${entityRef}": an owner is an entity ref without spaces`,
    );
  }
  return `${OWNERSHIP_MARKER} ${OWNER_KEY}${entityRef}`;
}

/**
 * The entity ref in an ownership marker, or undefined when the text carries no
 * marker (a record someone else wrote). Other words in the text are ignored,
 * so people may add notes to the comment.
 *
 * @public
 */
export function parseOwnershipComment(
  comment: string | null | undefined,
): string | undefined {
  if (!comment) {
    return undefined;
  }
  const words = comment.trim().split(/\s+/);
  if (!words.includes(OWNERSHIP_MARKER)) {
    return undefined;
  }
  const owner = words
    .find(word => word.startsWith(OWNER_KEY))
    ?.slice(OWNER_KEY.length);
  return owner || undefined;
}
