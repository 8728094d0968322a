import type { KubernetesObject } from '@localplus/plugin-network-common';
import { KubernetesApiServerError } from './status';
import { recordUpdate, serverSideApply } from './serverSideApply';

const NOW = '2026-01-01T00:00:00Z';
const LATER = '2026-01-02T00:00:00Z';
const identity = (o: KubernetesObject) => structuredClone(o);

function configMap(
  data: Record<string, string>,
  labels?: Record<string, string>,
): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'cloudflared-config',
      namespace: 'platform',
      ...(labels && { labels }),
    },
    data,
  };
}

function apply(
  live: KubernetesObject | undefined,
  applied: KubernetesObject,
  manager: string,
  force = false,
  now = NOW,
) {
  return serverSideApply({
    live,
    applied,
    manager,
    force,
    now,
    defaults: identity,
  });
}

function owners(object: KubernetesObject) {
  return (
    object.metadata.managedFields as Array<{
      manager: string;
      operation: string;
      time: string;
      fieldsV1: unknown;
    }>
  ).map(({ manager, operation, time, fieldsV1 }) => ({
    manager,
    operation,
    time,
    fieldsV1,
  }));
}

describe('serverSideApply', () => {
  it('creates the object with the manager owning what it applied', () => {
    const created = apply(
      undefined,
      configMap({ 'config.yaml': 'a' }, { app: 'cloudflared' }),
      'backstage',
    );
    expect(created.data).toEqual({ 'config.yaml': 'a' });
    expect(owners(created)).toEqual([
      {
        manager: 'backstage',
        operation: 'Apply',
        time: NOW,
        fieldsV1: {
          'f:data': { 'f:config.yaml': {} },
          'f:metadata': { 'f:labels': { 'f:app': {} } },
        },
      },
    ]);
  });

  it('keeps the entry, time included, when nothing changes', () => {
    const created = apply(
      undefined,
      configMap({ 'config.yaml': 'a' }),
      'backstage',
    );
    const again = apply(
      created,
      configMap({ 'config.yaml': 'a' }),
      'backstage',
      false,
      LATER,
    );
    expect(again).toEqual(created);
  });

  it('conflicts on a field another manager owns with another value', () => {
    const live = apply(
      undefined,
      configMap({ 'config.yaml': 'a', other: 'x' }),
      'argocd',
    );
    const conflict = (() => {
      try {
        apply(live, configMap({ 'config.yaml': 'b' }), 'backstage');
        return undefined;
      } catch (e) {
        return e as KubernetesApiServerError;
      }
    })();
    expect(conflict?.status).toMatchObject({
      code: 409,
      reason: 'Conflict',
      message:
        'Apply failed with 1 conflict: conflict with "argocd" using v1: .data.config.yaml',
    });
  });

  it('lists every conflicting field of a manager', () => {
    const live = apply(undefined, configMap({ a: '1', b: '2' }), 'argocd');
    expect(() =>
      apply(live, configMap({ a: '9', b: '9' }), 'backstage'),
    ).toThrow(
      'Apply failed with 2 conflicts: conflicts with "argocd" using v1:\n- .data.a\n- .data.b',
    );
  });

  it('shares a field applied with the same value, and takes it over with force', () => {
    const live = apply(
      undefined,
      configMap({ 'config.yaml': 'a', other: 'x' }),
      'argocd',
    );
    const shared = apply(live, configMap({ 'config.yaml': 'a' }), 'backstage');
    expect(owners(shared).map(o => o.manager)).toEqual(['argocd', 'backstage']);

    const forced = apply(
      shared,
      configMap({ 'config.yaml': 'b' }),
      'backstage',
      true,
      LATER,
    );
    expect(forced.data).toEqual({ 'config.yaml': 'b', other: 'x' });
    expect(owners(forced)).toEqual([
      {
        manager: 'argocd',
        operation: 'Apply',
        time: NOW,
        fieldsV1: { 'f:data': { 'f:other': {} } },
      },
      {
        manager: 'backstage',
        operation: 'Apply',
        time: LATER,
        fieldsV1: { 'f:data': { 'f:config.yaml': {} } },
      },
    ]);
  });

  it('removes what the manager no longer applies, unless another manager owns it', () => {
    const live = apply(undefined, configMap({ a: '1', b: '2' }), 'backstage');
    const both = apply(live, configMap({ b: '2' }), 'argocd');
    const result = apply(both, configMap({}), 'backstage');
    expect(result.data).toEqual({ b: '2' });
  });

  it('ignores status and keeps the live one', () => {
    const live = { ...configMap({ a: '1' }), status: { phase: 'live' } };
    const result = apply(
      live,
      { ...configMap({ a: '1' }), status: { phase: 'applied' } },
      'backstage',
    );
    expect(result.status).toEqual({ phase: 'live' });
  });
});

describe('recordUpdate', () => {
  it('moves the fields an update changes to its manager', () => {
    const live = apply(undefined, configMap({ a: '1', b: '2' }), 'backstage');
    const updated = recordUpdate({
      live,
      updated: configMap({ a: '1', b: '3' }),
      manager: 'kubectl-edit',
      now: LATER,
    });
    expect(owners(updated)).toEqual([
      {
        manager: 'backstage',
        operation: 'Apply',
        time: NOW,
        fieldsV1: { 'f:data': { 'f:a': {} } },
      },
      {
        manager: 'kubectl-edit',
        operation: 'Update',
        time: LATER,
        fieldsV1: { 'f:data': { 'f:b': {} } },
      },
    ]);
    // and the next apply of b by the first manager conflicts
    expect(() =>
      apply(updated, configMap({ a: '1', b: '2' }), 'backstage'),
    ).toThrow('conflict with "kubectl-edit"');
  });
});
