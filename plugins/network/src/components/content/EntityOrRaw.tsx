import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Text } from '@backstage/ui';
import styles from '../common/status.module.css';

/**
 * A catalog link when the backend resolved the thing to an entity, else the raw text (selector,
 * CIDR, external-dns owner id) — never a guess.
 */
export function EntityOrRaw(props: { entityRef?: string; raw: string }) {
  const { entityRef, raw } = props;
  if (!entityRef) {
    return <span className={styles.mono}>{raw}</span>;
  }
  return (
    <span>
      <EntityRefLink entityRef={entityRef} />{' '}
      {raw !== entityRef && (
        <Text as="span" variant="body-small" color="secondary">
          <span className={styles.mono}>{raw}</span>
        </Text>
      )}
    </span>
  );
}

/** Entity refs look like `kind:namespace/name`; external-dns owner ids and free text do not. */
export function looksLikeEntityRef(value: string): boolean {
  return /^[a-z][a-z0-9-]*:([a-z0-9-_.]+\/)?[a-z0-9-_.]+$/i.test(value);
}
