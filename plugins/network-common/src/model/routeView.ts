import { resolveBackend } from './gateway/backends';
import type { AttachedRoute, World } from './world';
import type { RouteView } from './view';

/** An HTTPRoute as the tab shows it: parents with effective hostnames, rules with checked backends. */
export function routeView(world: World, route: AttachedRoute): RouteView {
  const { facts } = route;
  return {
    object: facts.ref,
    declaredHostnames: facts.declaredHostnames,
    parents: route.attachments.map(a => {
      const parent: RouteView['parents'][number] = {
        gateway: { namespace: a.parentRef.namespace, name: a.parentRef.name },
        listeners: a.listeners.map(l => l.name),
        effectiveHostnames: a.effectiveHostnames,
        verdict: a.verdict,
        reason: a.reason,
      };
      if (a.parentRef.sectionName) parent.sectionName = a.parentRef.sectionName;
      return parent;
    }),
    rules: facts.rules.map(rule => ({
      index: rule.index,
      matches: rule.matches.map(m => {
        const match: RouteView['rules'][number]['matches'][number] = {
          path: { type: m.path.type, value: m.path.value },
        };
        if (m.method) match.method = m.method;
        if (m.headers.length > 0) match.headers = m.headers;
        return match;
      }),
      backends: rule.backends.map(b => {
        const backend: RouteView['rules'][number]['backends'][number] = {
          kind: b.kind,
          namespace: b.namespace,
          name: b.name,
          resolved: resolveBackend(
            b,
            facts.namespace,
            world.services,
            world.referenceGrants,
          ).resolved,
        };
        if (b.port !== undefined) backend.port = b.port;
        return backend;
      }),
    })),
    conditions: route.attachments.flatMap(a => a.conditions),
  };
}
