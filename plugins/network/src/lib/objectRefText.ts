import type { ObjectRef } from '@localplus/plugin-network-common';

/** `HTTPRoute svc-ledger/svc-ledger`: how kubectl users name an object. */
export function objectName(ref: ObjectRef): string {
  return ref.namespace
    ? `${ref.kind} ${ref.namespace}/${ref.name}`
    : `${ref.kind} ${ref.name}`;
}

/** `gitops apps/svc-ledger/httproute.yaml:1` or `kubernetes:prod (cluster prod)`: where it was read. */
export function objectLocation(ref: ObjectRef): string {
  const parts = [ref.source];
  if (ref.file) {
    parts.push(ref.line ? `${ref.file}:${ref.line}` : ref.file);
  }
  if (ref.cluster && !ref.source.endsWith(`:${ref.cluster}`)) {
    parts.push(`cluster ${ref.cluster}`);
  }
  return parts.join(' ');
}
