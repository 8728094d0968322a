import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { Button, Link } from '@backstage/ui';
import type {
  AvailabilityState,
  ExposureConflict,
} from '../model/availability';
import { shortEntityName } from '../model/entityNames';
import { StatusLine } from './StatusLine';
import styles from './status.module.css';

/** The owner, linked to its catalog page where the app mounts the catalog. */
function Owner(props: { entityRef: string }) {
  const entityRoute = useRouteRef(entityRouteRef);
  const name = shortEntityName(props.entityRef);
  if (!entityRoute) {
    return <strong>{name}</strong>;
  }
  const href = entityRoute(entityRouteParams(parseEntityRef(props.entityRef)));
  return <Link href={href}>{name}</Link>;
}

function ConflictLine(props: { conflict: ExposureConflict }) {
  const { conflict } = props;
  if (conflict.kind === 'outside-zones') {
    return (
      <StatusLine tone="broken" reason={conflict.reason}>
        Outside the allowed zones
      </StatusLine>
    );
  }
  if (conflict.kind === 'shadowed') {
    return (
      <StatusLine tone="broken" reason={conflict.reason}>
        Shadowed by an existing tunnel rule ({conflict.object}
        {conflict.entityRef && `, ${shortEntityName(conflict.entityRef)}`})
      </StatusLine>
    );
  }
  return (
    <StatusLine tone="broken" reason={conflict.reason}>
      {conflict.entityRef ? (
        <>
          Taken by <Owner entityRef={conflict.entityRef} />
        </>
      ) : (
        <>Taken ({conflict.object}, not claimed by any catalog entity)</>
      )}
    </StatusLine>
  );
}

/**
 * What the platform says about the chosen entry and private name, announced politely to screen
 * readers as it changes. Local problems come first: the index is not asked about a value the
 * action would refuse anyway.
 */
export function AvailabilityStatus(props: {
  problems: string[];
  state: AvailabilityState;
  onRetry: () => void;
}) {
  const { problems, state, onRetry } = props;
  return (
    <div
      className={styles.status}
      role="status"
      aria-live="polite"
      aria-label="Availability"
    >
      {problems.length > 0 &&
        problems.map(problem => (
          <StatusLine key={problem} tone="broken">
            {problem}
          </StatusLine>
        ))}
      {problems.length === 0 && state.status === 'idle' && (
        <StatusLine tone="neutral">{state.hint}</StatusLine>
      )}
      {problems.length === 0 && state.status === 'checking' && (
        <StatusLine tone="busy">Checking {state.subject}…</StatusLine>
      )}
      {problems.length === 0 && state.status === 'free' && (
        <StatusLine tone="ok">Free: {state.subject}</StatusLine>
      )}
      {problems.length === 0 &&
        state.status === 'conflict' &&
        state.conflicts.map(conflict => (
          <ConflictLine
            key={`${conflict.object} ${conflict.reason}`}
            conflict={conflict}
          />
        ))}
      {problems.length === 0 && state.status === 'unreachable' && (
        <>
          <StatusLine
            tone="unknown"
            reason={`Could not check availability with the network backend: ${state.message}`}
          >
            Network backend unreachable: {state.subject} is not confirmed free
          </StatusLine>
          <div>
            <Button size="small" variant="secondary" onPress={onRetry}>
              Check again
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
