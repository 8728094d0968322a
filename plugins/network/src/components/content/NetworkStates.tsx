import { Alert, Button, Flex, Skeleton, Text } from '@backstage/ui';
import { RiRefreshLine } from '@remixicon/react';
import type { SourceStatus } from '@localplus/plugin-network-common';
import { groupSources } from '../../lib/sourceHealth';

/** The shape of the tab while it loads: a summary line, a chain of hops, a table. */
export function NetworkLoading() {
  return (
    <Flex
      direction="column"
      gap="4"
      aria-busy="true"
      aria-label="Loading network data"
    >
      <Skeleton width="60%" height={20} />
      <Flex gap="2">
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} width={120} height={64} />
        ))}
      </Flex>
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} width="100%" height={24} />
      ))}
    </Flex>
  );
}

/** The request itself failed: say what happened and offer to try again. */
export function NetworkError(props: { error: Error; onRetry: () => void }) {
  return (
    <Alert
      status="danger"
      icon
      title="The network view could not be loaded"
      description={props.error.message}
      customActions={
        <Button
          size="small"
          variant="secondary"
          iconStart={<RiRefreshLine aria-hidden />}
          onPress={props.onRetry}
        >
          Retry
        </Button>
      }
    />
  );
}

/** The entity has a Kubernetes id, but nothing the sources read names it. */
export function NetworkEmpty(props: {
  sources: SourceStatus[];
  /** The backend's own words, when it answered "not found" instead of an empty view. */
  detail?: string;
}) {
  const { off } = groupSources(props.sources);
  return (
    <Flex direction="column" gap="2">
      <Text as="h3" variant="title-x-small" weight="bold">
        No network data for this entity
      </Text>
      <Text>
        No route, DNS record, tunnel rule, Service or policy carries its{' '}
        <code>backstage.io/kubernetes-id</code>. Objects created with the
        golden-path template carry it; existing manifests need the label added.
      </Text>
      {props.detail && (
        <Text variant="body-small" color="secondary">
          {props.detail}
        </Text>
      )}
      {off.length > 0 && (
        <Text variant="body-small" color="secondary">
          Not configured, so not searched: {off.map(s => s.sourceId).join(', ')}
          .
        </Text>
      )}
    </Flex>
  );
}
