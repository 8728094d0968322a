import { stringifyEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Flex } from '@backstage/ui';
import { useNetworkView } from '../../hooks/useNetworkView';
import { isEmptyView } from '../../lib/viewShape';
import { NetworkEmpty, NetworkError, NetworkLoading } from './NetworkStates';
import { NetworkViewSections } from './NetworkViewSections';
import { SourcesBanner } from './SourcesBanner';
import { SummaryLine } from './SummaryLine';

/** What the tab shows for one state of the request. */
function NetworkBody(props: { state: ReturnType<typeof useNetworkView> }) {
  const { state } = props;
  if (state.status === 'loading') {
    return <NetworkLoading />;
  }
  // The backend answers 404 for an entity its index does not know: that is "no data", not a failure.
  if (
    state.status === 'error' &&
    ResponseError.is(state.error) &&
    state.error.statusCode === 404
  ) {
    return <NetworkEmpty sources={[]} detail={state.error.cause.message} />;
  }
  if (state.status === 'error') {
    return <NetworkError error={state.error} onRetry={state.retry} />;
  }
  const { view } = state;
  return (
    <>
      <SourcesBanner sources={view.sources} />
      {isEmptyView(view) ? (
        <NetworkEmpty sources={view.sources} />
      ) : (
        <>
          <SummaryLine view={view} />
          <NetworkViewSections view={view} />
        </>
      )}
    </>
  );
}

/**
 * The entity's Network tab. `data-state` says which state is on screen, for browser tests and
 * for the time-to-first-render measurement.
 */
export function NetworkContent() {
  const { entity } = useEntity();
  const state = useNetworkView(stringifyEntityRef(entity));
  return (
    <Flex
      direction="column"
      gap="4"
      data-testid="network-content"
      data-state={state.status}
    >
      <NetworkBody state={state} />
    </Flex>
  );
}
