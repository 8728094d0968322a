import { useApiHolder } from '@backstage/core-plugin-api';
import type { AvailabilityRequest } from '@localplus/plugin-network-common';
import { networkApiRef } from '@localplus/plugin-network';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  AvailabilityState,
  classifyAvailability,
  requestSubject,
} from '../model/availability';

/** How long typing must pause before the index is asked. */
export const AVAILABILITY_DEBOUNCE_MS = 300;

/**
 * Asks the network index about the request once typing pauses. Answers to requests that were
 * superseded meanwhile are dropped, so a slow answer never overwrites a newer one. A missing API
 * or a failed call is a state of its own: the field never passes silently.
 */
export function useAvailability(
  request: AvailabilityRequest | undefined,
  idleHint: string,
): { state: AvailabilityState; checkNow: () => void } {
  const api = useApiHolder().get(networkApiRef);
  const key = request ? JSON.stringify(request) : '';
  const [state, setState] = useState<AvailabilityState>({
    status: 'idle',
    hint: idleHint,
  });
  const latest = useRef(0);

  const ask = useCallback(
    async (asked: AvailabilityRequest, ticket: number) => {
      const subject = requestSubject(asked);
      if (!api) {
        setState({
          status: 'unreachable',
          subject,
          message: 'the network API is not installed in this app',
        });
        return;
      }
      try {
        const result = await api.checkAvailability(asked);
        if (ticket === latest.current) {
          setState(classifyAvailability(asked, result));
        }
      } catch (error) {
        if (ticket === latest.current) {
          setState({
            status: 'unreachable',
            subject,
            message: error instanceof Error ? error.message : String(error),
          });
        }
      }
    },
    [api],
  );

  useEffect(() => {
    latest.current += 1;
    const ticket = latest.current;
    if (!key) {
      setState({ status: 'idle', hint: idleHint });
      return undefined;
    }
    const asked = JSON.parse(key) as AvailabilityRequest;
    setState({ status: 'checking', subject: requestSubject(asked) });
    const timer = setTimeout(() => {
      ask(asked, ticket);
    }, AVAILABILITY_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, idleHint, ask]);

  const checkNow = useCallback(() => {
    if (!key) {
      return;
    }
    latest.current += 1;
    const asked = JSON.parse(key) as AvailabilityRequest;
    setState({ status: 'checking', subject: requestSubject(asked) });
    ask(asked, latest.current);
  }, [key, ask]);

  return { state, checkNow };
}
