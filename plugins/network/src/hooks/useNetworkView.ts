import { useCallback, useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { NetworkView } from '@localplus/plugin-network-common';
import { networkApiRef } from '../api';

/** Where the tab is in reading the view: each state has its own design, none spins forever. */
export type NetworkViewState =
  | { status: 'loading' }
  | { status: 'error'; error: Error }
  | { status: 'ready'; view: NetworkView };

/** Reads the entity's view once per entity, and again whenever `retry` is called. */
export function useNetworkView(entityRef: string): NetworkViewState & {
  retry: () => void;
} {
  const networkApi = useApi(networkApiRef);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<NetworkViewState>({ status: 'loading' });

  useEffect(() => {
    // A late answer for a previous entity or attempt must not overwrite the current one.
    let current = true;
    setState({ status: 'loading' });
    networkApi.getView(entityRef).then(
      view => {
        if (current) setState({ status: 'ready', view });
      },
      (error: unknown) => {
        if (current) {
          setState({
            status: 'error',
            error: error instanceof Error ? error : new Error(String(error)),
          });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [networkApi, entityRef, attempt]);

  const retry = useCallback(() => setAttempt(n => n + 1), []);
  return { ...state, retry };
}
