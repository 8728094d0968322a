import { Flex, Text } from '@backstage/ui';
import { RiGlobalLine, RiLockLine, RiProhibitedLine } from '@remixicon/react';
import type { NetworkView } from '@localplus/plugin-network-common';
import { countFindings, SEVERITIES } from '../../lib/findingCounts';
import { formatAge, groupSources } from '../../lib/sourceHealth';
import { SeverityText, StatusText } from '../common/StatusText';

const EXPOSURE = {
  public: {
    tone: 'ok',
    label: 'Public',
    hint: 'reachable from the internet',
    icon: <RiGlobalLine aria-hidden />,
  },
  internal: {
    tone: 'neutral',
    label: 'Internal only',
    hint: 'reachable through private names only',
    icon: <RiLockLine aria-hidden />,
  },
  none: {
    tone: 'unknown',
    label: 'Not reachable',
    hint: 'no chain reaches the service',
    icon: <RiProhibitedLine aria-hidden />,
  },
} as const;

/**
 * The first line of the tab: how exposed the service is, how much is wrong, and how fresh the
 * answer is — the three things to know before reading the rest.
 */
export function SummaryLine(props: {
  view: Pick<NetworkView, 'exposure' | 'findings' | 'sources' | 'openTo'>;
  /** For tests; defaults to the current time. */
  now?: number;
}) {
  const { view, now } = props;
  const exposure = EXPOSURE[view.exposure];
  const counts = countFindings(view.findings);
  const sources = groupSources(view.sources);
  const severities = SEVERITIES.filter(s => counts[s] > 0);

  return (
    <Flex
      gap="4"
      align="center"
      style={{ flexWrap: 'wrap' }}
      aria-label="Summary"
    >
      <span>
        <StatusText
          tone={exposure.tone}
          label={exposure.label}
          icon={exposure.icon}
        />{' '}
        <Text as="span" variant="body-small" color="secondary">
          {exposure.hint}
        </Text>
      </span>
      {view.openTo.world && (
        <StatusText tone="broken" label="Open to the world" />
      )}
      {view.openTo.cluster && (
        <StatusText tone="unknown" label="Open to every pod of the cluster" />
      )}
      <span aria-label="Findings">
        {severities.length === 0 ? (
          <StatusText tone="ok" label="No findings" />
        ) : (
          <Flex gap="2" align="center">
            {severities.map(severity => (
              <SeverityText
                key={severity}
                severity={severity}
                count={counts[severity]}
              />
            ))}
          </Flex>
        )}
      </span>
      <Text
        as="span"
        variant="body-small"
        color="secondary"
        aria-label="Sources"
      >
        {[
          ...sources.ok.map(
            s =>
              `${s.sourceId} (${s.state}) read ${formatAge(
                s.lastSuccessAt,
                now,
              )}`,
          ),
          ...sources.failing.map(
            s =>
              `${s.sourceId} failing, last good ${formatAge(
                s.lastSuccessAt,
                now,
              )}`,
          ),
        ].join(' · ')}
        {sources.off.length > 0 &&
          ` · not configured: ${sources.off.map(s => s.sourceId).join(', ')}`}
      </Text>
    </Flex>
  );
}
