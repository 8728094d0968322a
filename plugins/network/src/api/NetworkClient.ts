import {
  DEFAULT_NAMESPACE,
  parseEntityRef,
  type CompoundEntityRef,
} from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import {
  NETWORK_API_PATHS,
  NETWORK_PLUGIN_ID,
  type AvailabilityRequest,
  type AvailabilityResult,
  type FindingsQuery,
  type FindingsResponse,
  type NetworkView,
  type SourcesResponse,
} from '@localplus/plugin-network-common';
import type { NetworkApi } from './NetworkApi';

/**
 * Talks to the network backend over its REST API. Discovery is asked on every call because the
 * backend's base URL may change at runtime (e.g. behind a proxy that is reconfigured).
 * @public
 */
export class NetworkClient implements NetworkApi {
  readonly #discoveryApi: Pick<DiscoveryApi, 'getBaseUrl'>;
  readonly #fetchApi: Pick<FetchApi, 'fetch'>;

  constructor(options: {
    discoveryApi: Pick<DiscoveryApi, 'getBaseUrl'>;
    fetchApi: Pick<FetchApi, 'fetch'>;
  }) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetchApi = options.fetchApi;
  }

  async getView(entityRef: string | CompoundEntityRef): Promise<NetworkView> {
    const ref = parseEntityRef(entityRef, {
      defaultNamespace: DEFAULT_NAMESPACE,
    });
    // Kinds are case-insensitive in the catalog; the lower-case form is the canonical one.
    return this.#request<NetworkView>(
      NETWORK_API_PATHS.view({
        kind: ref.kind.toLocaleLowerCase('en-US'),
        namespace: ref.namespace,
        name: ref.name,
      }),
    );
  }

  async getFindings(query: FindingsQuery = {}): Promise<FindingsResponse> {
    const params = new URLSearchParams();
    for (const severity of query.severity ?? []) {
      params.append('severity', severity);
    }
    for (const check of query.check ?? []) {
      params.append('check', check);
    }
    for (const entityRef of query.entityRef ?? []) {
      params.append('entityRef', entityRef);
    }
    const search = params.toString();
    return this.#request<FindingsResponse>(
      search
        ? `${NETWORK_API_PATHS.findings}?${search}`
        : NETWORK_API_PATHS.findings,
    );
  }

  async getSources(): Promise<SourcesResponse> {
    return this.#request<SourcesResponse>(NETWORK_API_PATHS.sources);
  }

  async checkAvailability(
    request: AvailabilityRequest,
  ): Promise<AvailabilityResult> {
    return this.#request<AvailabilityResult>(NETWORK_API_PATHS.availability, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  }

  async #request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.#discoveryApi.getBaseUrl(NETWORK_PLUGIN_ID);
    const response = await this.#fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
