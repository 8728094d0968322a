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
}
