import { act, renderHook, waitFor } from '@testing-library/react';
import { TestApiProvider } from '@backstage/frontend-test-utils';
import type { ReactNode } from 'react';
import { networkApiRef } from '../api';
import { FakeNetworkApi } from '../testing/fakeNetworkApi';
import { svcLedgerView } from '../testing/fixtures';
import { useNetworkView } from './useNetworkView';

function wrapperFor(api: FakeNetworkApi) {
  return ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[networkApiRef, api]]}>{children}</TestApiProvider>
  );
}

describe('useNetworkView', () => {
  it('starts loading, then holds the view', async () => {
    const api = new FakeNetworkApi([svcLedgerView]);
    const { result } = renderHook(
      () => useNetworkView('component:default/svc-ledger'),
      {
        wrapper: wrapperFor(api),
      },
    );
    expect(result.current.status).toBe('loading');
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.status === 'ready' && result.current.view).toBe(
      svcLedgerView,
    );
  });

  it('reports a failure and reads again on retry', async () => {
    const api = new FakeNetworkApi([svcLedgerView]).failNext(
      new Error('503 from backend'),
    );
    const { result } = renderHook(
      () => useNetworkView('component:default/svc-ledger'),
      {
        wrapper: wrapperFor(api),
      },
    );
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(
      result.current.status === 'error' && result.current.error.message,
    ).toBe('503 from backend');
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(api.calls).toBe(2);
  });

  it('ignores the answer for an entity the page has left', async () => {
    const other = {
      ...svcLedgerView,
      entityRef: 'component:default/svc-wallet',
    };
    const api = new FakeNetworkApi([svcLedgerView, other]);
    const releaseLedger = api.gate('component:default/svc-ledger');
    const { result, rerender } = renderHook(({ ref }) => useNetworkView(ref), {
      wrapper: wrapperFor(api),
      initialProps: { ref: 'component:default/svc-ledger' },
    });
    rerender({ ref: 'component:default/svc-wallet' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(
      result.current.status === 'ready' && result.current.view.entityRef,
    ).toBe('component:default/svc-wallet');
    // The slow answer for svc-ledger arrives last and must be dropped.
    act(() => releaseLedger());
    await waitFor(() => expect(api.answered).toBe(2));
    await act(async () => {});
    expect(
      result.current.status === 'ready' && result.current.view.entityRef,
    ).toBe('component:default/svc-wallet');
  });
});
