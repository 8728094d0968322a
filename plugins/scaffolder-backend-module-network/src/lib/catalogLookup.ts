import type {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { ServiceUnavailableError } from '@backstage/errors';
import type { EntityName } from './entityRefs';

/**
 * The catalog's `GET /entities/by-name/:kind/:namespace/:name` on behalf of `credentials`:
 * the entity, or undefined when there is none.
 */
export async function fetchCatalogEntity(
  deps: { discovery: DiscoveryService; auth: AuthService },
  name: EntityName,
  credentials: BackstageCredentials,
): Promise<Entity | undefined> {
  const baseUrl = await deps.discovery.getBaseUrl('catalog');
  const { token } = await deps.auth.getPluginRequestToken({
    onBehalfOf: credentials,
    targetPluginId: 'catalog',
  });
  const url = `${baseUrl}/entities/by-name/${[
    name.kind,
    name.namespace,
    name.name,
  ]
    .map(encodeURIComponent)
    .join('/')}`;
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status === 404) {
    return undefined;
  }
  if (!response.ok) {
    throw new ServiceUnavailableError(
      `Could not read ${name.kind}:${name.namespace}/${name.name} from the catalog (HTTP ${response.status}).`,
    );
  }
  return (await response.json()) as Entity;
}

/** Looks entities up in the catalog. */
export interface CatalogLookup {
  entity(
    name: EntityName,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined>;
  /** Has the file locations covering `file` processed now; returns their refs. */
  refreshLocationsCovering?(
    file: string,
    credentials: BackstageCredentials,
  ): Promise<string[]>;
}

/** {@link CatalogLookup} over the catalog's REST API. */
export class CatalogRestLookup implements CatalogLookup {
  readonly #deps: { discovery: DiscoveryService; auth: AuthService };

  constructor(deps: { discovery: DiscoveryService; auth: AuthService }) {
    this.#deps = deps;
  }

  entity(name: EntityName, credentials: BackstageCredentials) {
    return fetchCatalogEntity(this.#deps, name, credentials);
  }

  refreshLocationsCovering(file: string, credentials: BackstageCredentials) {
    return refreshCatalogLocationsCovering(this.#deps, file, credentials);
  }
}

/** A file location's glob: `**\/` any folders (or none), `*` within one path segment. */
export function globToRegExp(glob: string): RegExp {
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const pattern = glob
    .split('**/')
    .map(part => part.split('*').map(escape).join('[^/]*'))
    .join('(?:.*/)?');
  return new RegExp(`^${pattern}$`);
}

/**
 * Asks the catalog to process at once the `file` locations whose target (a path or a glob)
 * covers `file`, so a catalog-info.yaml just written appears in seconds rather than on the next
 * processing loop (minutes). Returns the refreshed location refs; never throws.
 */
export async function refreshCatalogLocationsCovering(
  deps: { discovery: DiscoveryService; auth: AuthService },
  file: string,
  credentials: BackstageCredentials,
): Promise<string[]> {
  try {
    const baseUrl = await deps.discovery.getBaseUrl('catalog');
    const { token } = await deps.auth.getPluginRequestToken({
      onBehalfOf: credentials,
      targetPluginId: 'catalog',
    });
    const headers = { authorization: `Bearer ${token}` };
    const response = await fetch(
      `${baseUrl}/entities/by-query?filter=kind=location,spec.type=file&limit=500`,
      { headers },
    );
    if (!response.ok) return [];
    const { items } = (await response.json()) as { items: Entity[] };
    const refreshed: string[] = [];
    for (const location of items) {
      const spec = location.spec as { target?: string; targets?: string[] };
      const targets = [spec.target, ...(spec.targets ?? [])].filter(
        (t): t is string => Boolean(t),
      );
      if (targets.some(target => globToRegExp(target).test(file))) {
        const entityRef = `location:${
          location.metadata.namespace ?? 'default'
        }/${location.metadata.name}`;
        const refresh = await fetch(`${baseUrl}/refresh`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ entityRef }),
        });
        if (refresh.ok) refreshed.push(entityRef);
      }
    }
    return refreshed;
  } catch {
    return [];
  }
}
