import {
  LabelRequirement,
  matchesLabelRequirements,
  requirementsFromSelector,
} from '../labelSelector';
import { normalizeDnsName } from '../names';
import {
  asArray,
  asPort,
  asRecord,
  asString,
  nameOf,
  namespaceOf,
  objectRefOf,
  specOf,
} from '../objects';
import type { SourcedObject } from '../sources';
import type { ObjectRef } from '../view';

export interface ListenerFacts {
  name: string;
  hostname?: string;
  port?: number;
  protocol: string;
  from: 'Same' | 'All' | 'Selector' | 'None';
  namespaceSelector: LabelRequirement[];
  /** Route kinds allowed; undefined means the protocol's default. */
  kinds?: string[];
}

export interface GatewayFacts {
  namespace: string;
  name: string;
  listeners: ListenerFacts[];
  labels: Record<string, string>;
  sourced: SourcedObject;
  ref: ObjectRef;
}

export const gatewayKey = (namespace: string, name: string) =>
  `${namespace}/${name}`;

function listenerFacts(raw: unknown): ListenerFacts | undefined {
  const listener = asRecord(raw);
  const name = asString(listener.name);
  if (!name) return undefined;
  const allowed = asRecord(listener.allowedRoutes);
  const namespaces = asRecord(allowed.namespaces);
  const from = asString(namespaces.from);
  const kinds = Array.isArray(allowed.kinds)
    ? allowed.kinds
        .map(k => asString(asRecord(k).kind))
        .filter((k): k is string => !!k)
    : undefined;
  const hostname = asString(listener.hostname);
  return {
    name,
    hostname: hostname ? normalizeDnsName(hostname) : undefined,
    port: asPort(listener.port),
    protocol: (asString(listener.protocol) ?? 'HTTP').toUpperCase(),
    from:
      from === 'All' || from === 'Selector' || from === 'None' ? from : 'Same',
    namespaceSelector: requirementsFromSelector(namespaces.selector),
    kinds,
  };
}

export function gatewayFacts(sourced: SourcedObject): GatewayFacts | undefined {
  if (sourced.object.kind !== 'Gateway') return undefined;
  return {
    namespace: namespaceOf(sourced.object) ?? 'default',
    name: nameOf(sourced.object),
    listeners: asArray(specOf(sourced.object).listeners)
      .map(listenerFacts)
      .filter((l): l is ListenerFacts => !!l),
    labels: sourced.object.metadata?.labels ?? {},
    sourced,
    ref: objectRefOf(sourced),
  };
}

/**
 * Whether a listener lets an HTTPRoute of `routeNamespace` attach (Gateway API
 * `allowedRoutes`). `unknown` when a namespace selector needs labels no source has.
 */
export function listenerAdmits(
  listener: ListenerFacts,
  gateway: GatewayFacts,
  routeNamespace: string,
  namespaceLabels: Record<string, string> | undefined,
): { verdict: 'ok' | 'broken' | 'unknown'; reason: string } {
  const kindAllowed = listener.kinds
    ? listener.kinds.includes('HTTPRoute')
    : listener.protocol === 'HTTP' || listener.protocol === 'HTTPS';
  if (!kindAllowed) {
    return {
      verdict: 'broken',
      reason: `listener ${listener.name} (${listener.protocol}) does not accept HTTPRoutes`,
    };
  }
  switch (listener.from) {
    case 'All':
      return {
        verdict: 'ok',
        reason: `listener ${listener.name} accepts routes from all namespaces`,
      };
    case 'None':
      return {
        verdict: 'broken',
        reason: `listener ${listener.name} accepts no routes`,
      };
    case 'Selector':
      if (!namespaceLabels) {
        return {
          verdict: 'unknown',
          reason: `listener ${listener.name} selects namespaces by label and no source knows namespace ${routeNamespace}`,
        };
      }
      return matchesLabelRequirements(
        listener.namespaceSelector,
        namespaceLabels,
      )
        ? {
            verdict: 'ok',
            reason: `listener ${listener.name} selects namespace ${routeNamespace}`,
          }
        : {
            verdict: 'broken',
            reason: `listener ${listener.name} does not select namespace ${routeNamespace} by its labels`,
          };
    default:
      return routeNamespace === gateway.namespace
        ? {
            verdict: 'ok',
            reason: `listener ${listener.name} accepts routes of its own namespace`,
          }
        : {
            verdict: 'broken',
            reason: `listener ${listener.name} accepts routes only from namespace ${gateway.namespace} (allowedRoutes.namespaces.from: Same)`,
          };
  }
}
