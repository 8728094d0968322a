import { Link, Text } from '@backstage/ui';
import type { ObjectRef } from '@localplus/plugin-network-common';
import { objectLocation, objectName } from '../../lib/objectRefText';
import styles from './status.module.css';

/**
 * Names the object behind a verdict and where it was read, so a developer can open the manifest
 * (or the provider console, when the backend could build a link).
 */
export function ObjectRefLabel(props: { object: ObjectRef }) {
  const { object } = props;
  return (
    <span>
      <span className={styles.mono}>{objectName(object)}</span>{' '}
      <Text as="span" variant="body-small" color="secondary">
        ({objectLocation(object)})
      </Text>
      {object.url && (
        <>
          {' '}
          <Link
            href={object.url}
            target="_blank"
            rel="noopener noreferrer"
            variant="body-small"
          >
            open in console
          </Link>
        </>
      )}
    </span>
  );
}
