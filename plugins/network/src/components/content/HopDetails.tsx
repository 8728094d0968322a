import { Flex, Text } from '@backstage/ui';
import type { Hop } from '@localplus/plugin-network-common';
import { ObjectRefLabel } from '../common/ObjectRefLabel';
import { VerdictText } from '../common/StatusText';
import { HOP_KIND_LABELS } from './hopKinds';
import styles from './ExposureChains.module.css';

/** Why one hop has its verdict, and the object that decides it. */
export function HopDetails(props: { hop: Hop; id: string }) {
  const { hop, id } = props;
  return (
    <div
      id={id}
      className={styles.details}
      role="region"
      aria-label={`${HOP_KIND_LABELS[hop.kind]} details`}
    >
      <Flex direction="column" gap="2">
        <Flex gap="2" align="center">
          <VerdictText verdict={hop.verdict} />
          <Text weight="bold">{hop.title}</Text>
        </Flex>
        <Text>{hop.reason}</Text>
        <Text variant="body-small">
          Decided by:{' '}
          {hop.object ? (
            <ObjectRefLabel object={hop.object} />
          ) : (
            'no object — the hop has nothing to decide it, which is why it fails'
          )}
        </Text>
      </Flex>
    </div>
  );
}
