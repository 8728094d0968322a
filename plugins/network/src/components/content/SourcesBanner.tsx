import { Alert, Flex } from '@backstage/ui';
import type { SourceStatus } from '@localplus/plugin-network-common';
import { formatAge, groupSources } from '../../lib/sourceHealth';

/**
 * One failing source degrades the view, it does not break it: say which source failed and that
 * what is shown from it may be old, then let the rest of the tab speak.
 */
export function SourcesBanner(props: {
  sources: SourceStatus[];
  now?: number;
}) {
  const { failing } = groupSources(props.sources);
  if (failing.length === 0) {
    return null;
  }
  return (
    <Flex direction="column" gap="2">
      {failing.map(source => (
        <Alert
          key={source.sourceId}
          status="warning"
          icon
          title={`Source ${source.sourceId} could not be read`}
          description={`${
            source.lastError ?? 'Its last refresh failed.'
          } Data from it is ${
            source.lastSuccessAt
              ? `from ${formatAge(source.lastSuccessAt, props.now)}`
              : 'missing'
          }; everything else is current.`}
        />
      ))}
    </Flex>
  );
}
