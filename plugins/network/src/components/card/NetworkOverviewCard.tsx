import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Button,
  Card,
  CardBody,
  CardFooter,
  CardHeader,
  Flex,
  Link,
  Skeleton,
  Text,
} from '@backstage/ui';
import type { NetworkView } from '@localplus/plugin-network-common';
import { useNetworkView } from '../../hooks/useNetworkView';
import { countFindings, SEVERITIES } from '../../lib/findingCounts';
import { publicUrls } from '../../lib/viewShape';
import { SeverityText, StatusText } from '../common/StatusText';
import styles from '../common/status.module.css';

function CardFacts(props: { view: NetworkView }) {
  const { view } = props;
  const urls = publicUrls(view);
  const counts = countFindings(view.findings);
  const severities = SEVERITIES.filter(s => counts[s] > 0);
  return (
    <Flex direction="column" gap="3">
      <Flex direction="column" gap="1" aria-label="Public URLs">
        <Text variant="body-small" color="secondary">
          Public URLs
        </Text>
        {urls.length === 0 ? (
          <Text>none</Text>
        ) : (
          urls.map(url => (
            <Link
              key={url}
              href={url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {url}
            </Link>
          ))
        )}
      </Flex>
      <Flex direction="column" gap="1" aria-label="Private names">
        <Text variant="body-small" color="secondary">
          Private names
        </Text>
        {view.names.private.length === 0 ? (
          <Text>none</Text>
        ) : (
          view.names.private.map(name => (
            <span key={name} className={styles.mono}>
              {name}
            </span>
          ))
        )}
      </Flex>
      <Flex gap="2" align="center" aria-label="Findings">
        {severities.length === 0 ? (
          <StatusText tone="ok" label="No findings" />
        ) : (
          severities.map(s => (
            <SeverityText key={s} severity={s} count={counts[s]} />
          ))
        )}
      </Flex>
    </Flex>
  );
}

/** The entity overview's glance at the network: where to reach it and whether anything is wrong. */
export function NetworkOverviewCard() {
  const { entity } = useEntity();
  const state = useNetworkView(stringifyEntityRef(entity));
  const entityPath = useEntityRefLink()(entity);

  return (
    <Card>
      <CardHeader>
        <Text as="h3" variant="title-x-small" weight="bold">
          Network
        </Text>
      </CardHeader>
      <CardBody>
        {state.status === 'loading' && (
          <Flex
            direction="column"
            gap="2"
            aria-busy="true"
            aria-label="Loading network data"
          >
            <Skeleton width="80%" height={18} />
            <Skeleton width="60%" height={18} />
            <Skeleton width="40%" height={18} />
          </Flex>
        )}
        {state.status === 'error' && (
          <Flex direction="column" gap="2" align="start">
            <StatusText
              tone="broken"
              label="The network view could not be loaded"
            />
            <Text variant="body-small">{state.error.message}</Text>
            <Button size="small" variant="secondary" onPress={state.retry}>
              Retry
            </Button>
          </Flex>
        )}
        {state.status === 'ready' && <CardFacts view={state.view} />}
      </CardBody>
      <CardFooter>
        <Link href={`${entityPath}/network`}>Open the Network tab</Link>
      </CardFooter>
    </Card>
  );
}
