import { useId, useState } from 'react';
import { Flex, Text } from '@backstage/ui';
import { RiArrowRightSLine } from '@remixicon/react';
import type { ExposureChain } from '@localplus/plugin-network-common';
import { VerdictText } from '../common/StatusText';
import { HopDetails } from './HopDetails';
import { HOP_KIND_LABELS } from './hopKinds';
import styles from './ExposureChains.module.css';

const VERDICT_WORDS = { ok: 'ok', broken: 'broken', unknown: 'unknown' };

/** `api.localplus.io/v1/ledger`: the name a client uses, with the path the chain follows. */
export function chainEntryText(chain: ExposureChain): string {
  return `${chain.entry.name}${chain.entry.path ?? ''}`;
}

/**
 * One way into the service, drawn as the hops traffic crosses. The first hop that is not ok opens
 * by itself, so the reason something is broken is on screen without a click.
 */
export function ChainPath(props: { chain: ExposureChain }) {
  const { chain } = props;
  const baseId = useId();
  const firstProblem = chain.hops.findIndex(hop => hop.verdict !== 'ok');
  const [open, setOpen] = useState<number | undefined>(
    firstProblem === -1 ? undefined : firstProblem,
  );
  const entry = chainEntryText(chain);
  const openHop = open === undefined ? undefined : chain.hops[open];

  return (
    <article className={styles.chain} aria-label={`Chain ${entry}`}>
      <Flex direction="column" gap="3">
        <Flex gap="2" align="center">
          <Text variant="body-small" color="secondary">
            {chain.entry.kind === 'public-hostname'
              ? 'Public hostname'
              : 'Private name'}
          </Text>
          <Text weight="bold">{entry}</Text>
          <VerdictText verdict={chain.verdict} />
        </Flex>
        <ol className={styles.hops} aria-label={`Hops of ${entry}`}>
          {chain.hops.map((hop, index) => (
            <li key={index} className={styles.hopItem}>
              {index > 0 && (
                <RiArrowRightSLine aria-hidden className={styles.arrow} />
              )}
              <button
                type="button"
                className={`${styles.hop} ${styles[hop.verdict]}`}
                aria-expanded={open === index}
                aria-controls={open === index ? `${baseId}-details` : undefined}
                aria-label={`${HOP_KIND_LABELS[hop.kind]}: ${hop.title} (${
                  VERDICT_WORDS[hop.verdict]
                })`}
                title={hop.reason}
                onClick={() => setOpen(open === index ? undefined : index)}
              >
                <span className={styles.hopKind}>
                  {HOP_KIND_LABELS[hop.kind]}
                </span>
                <span className={styles.hopTitle}>{hop.title}</span>
                <VerdictText verdict={hop.verdict} />
              </button>
            </li>
          ))}
        </ol>
        {openHop && <HopDetails hop={openHop} id={`${baseId}-details`} />}
      </Flex>
    </article>
  );
}
