/**
 * What each kind of GitOps change does to the text of its file: pure functions the writer runs
 * under the file's lock, for planning and for applying alike.
 */
import type { KubernetesObject } from '../manifests/types';
import { ownerOf } from './ownership';
import { removeTunnelRules, upsertTunnelRule } from './tunnelConfig';
import type { TunnelIngressRule } from './tunnelRuleOrder';
import type { GitopsChange, PlannedChange, TunnelConfigMapRef } from './types';
import { removeObjectsFromFile, upsertObjectInFile } from './yamlDocuments';
import { editStringValueInFile } from './yamlValues';

export type Step = { text: string | null | undefined; result: PlannedChange[] };

function objectRef(object: KubernetesObject): PlannedChange['object'] {
  return {
    kind: object.kind,
    name: object.metadata.name ?? '',
    namespace: object.metadata.namespace,
  };
}

function ruleRef(
  rule: TunnelIngressRule,
  configMap: TunnelConfigMapRef,
): PlannedChange['object'] {
  return {
    kind: 'TunnelRule',
    name: rule.path ? `${rule.hostname} ${rule.path}` : rule.hostname ?? '*',
    namespace: configMap.namespace,
  };
}

export function isConfigMap(ref: TunnelConfigMapRef) {
  return (object: KubernetesObject) =>
    object.kind === 'ConfigMap' &&
    object.metadata.name === ref.name &&
    (object.metadata.namespace ?? 'default') === ref.namespace;
}

function asRecord(value: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value));
}

function putObject(
  change: Extract<GitopsChange, { type: 'put-object' }>,
  current: string | undefined,
): Step {
  const edit = upsertObjectInFile(
    current,
    change.object,
    change.owner,
    change.file,
  );
  const writes = edit.action === 'create' || edit.action === 'update';
  return {
    text: writes ? edit.text : undefined,
    result: [
      {
        system: change.system,
        target: 'gitops',
        action: edit.action,
        file: change.file,
        object: objectRef(change.object),
        reason: edit.reason,
        manifest: asRecord(change.object),
      },
    ],
  };
}

function putTunnelRule(
  change: Extract<GitopsChange, { type: 'put-tunnel-rule' }>,
  current: string | undefined,
): Step {
  const planned: PlannedChange = {
    system: 'tunnel',
    target: 'gitops',
    action: 'conflict',
    file: change.file,
    object: ruleRef(change.rule, change.configMap),
    manifest: asRecord(change.rule),
  };
  const { namespace, name, key } = change.configMap;
  let inner: ReturnType<typeof upsertTunnelRule> | undefined;
  const text =
    current === undefined
      ? undefined
      : editStringValueInFile(
          current,
          isConfigMap(change.configMap),
          ['data', key],
          value => {
            inner = upsertTunnelRule(value, change.rule, change.owner);
            return inner.text;
          },
          change.file,
        );
  if (!inner) {
    planned.reason = `${change.file} holds no ConfigMap ${namespace}/${name} with a "${key}" entry`;
    return { text: undefined, result: [planned] };
  }
  planned.action = inner.action;
  planned.reason = inner.reason;
  const writes = inner.action === 'create' || inner.action === 'update';
  return { text: writes ? text : undefined, result: [planned] };
}

function removeObjects(
  change: Extract<GitopsChange, { type: 'remove-objects' }>,
  current: string | undefined,
): Step {
  if (current === undefined) {
    return { text: undefined, result: [] };
  }
  const { text, removed } = removeObjectsFromFile(
    current,
    object =>
      ownerOf(object) === change.owner &&
      (!change.kinds || change.kinds.includes(object.kind)) &&
      (!change.names || change.names.includes(object.metadata.name ?? '')),
    change.file,
  );
  return {
    text: text === '' ? null : text,
    result: removed.map(object => ({
      system: change.system,
      target: 'gitops',
      action: 'delete',
      file: change.file,
      object: objectRef(object),
      manifest: asRecord(object),
    })),
  };
}

function removeRules(
  change: Extract<GitopsChange, { type: 'remove-tunnel-rules' }>,
  current: string | undefined,
): Step {
  let removed: TunnelIngressRule[] = [];
  const text =
    current === undefined
      ? undefined
      : editStringValueInFile(
          current,
          isConfigMap(change.configMap),
          ['data', change.configMap.key],
          value => {
            const edit = removeTunnelRules(
              value,
              change.owner,
              change.hostname,
            );
            removed = edit.removed;
            return edit.text;
          },
          change.file,
        );
  return {
    text: removed.length > 0 ? text : undefined,
    result: removed.map(rule => ({
      system: 'tunnel',
      target: 'gitops',
      action: 'delete',
      file: change.file,
      object: ruleRef(rule, change.configMap),
      manifest: asRecord(rule),
    })),
  };
}

export function compute(
  change: GitopsChange,
  current: string | undefined,
): Step {
  switch (change.type) {
    case 'put-object':
      return putObject(change, current);
    case 'put-tunnel-rule':
      return putTunnelRule(change, current);
    case 'remove-objects':
      return removeObjects(change, current);
    default:
      return removeRules(change, current);
  }
}

/** The change that takes back what `applied` created, for the undo after a failed run. */
export function undoOf(
  change: GitopsChange,
  applied: PlannedChange,
): GitopsChange | undefined {
  if (applied.action !== 'create') {
    return undefined;
  }
  if (change.type === 'put-object') {
    return {
      type: 'remove-objects',
      system: change.system,
      file: change.file,
      owner: change.owner,
      kinds: [change.object.kind],
      names: [change.object.metadata.name ?? ''],
    };
  }
  if (change.type === 'put-tunnel-rule') {
    return {
      type: 'remove-tunnel-rules',
      system: 'tunnel',
      file: change.file,
      configMap: change.configMap,
      owner: change.owner,
      hostname: change.rule.hostname,
    };
  }
  return undefined;
}
