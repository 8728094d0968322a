import type {
  AuthService,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import {
  AvailabilityRequest,
  AvailabilityResult,
  NETWORK_API_PATHS,
  NETWORK_PLUGIN_ID,
} from '@localplus/plugin-network-common';

/** Asks the network index whether a hostname + path or DNS name is free. */
export interface AvailabilityClient {
  check(request: AvailabilityRequest): Promise<AvailabilityResult>;
}

/**
 * Calls `POST /availability` of the network backend as this plugin's own service: the check is
 * the platform's, not the user's, and must see every owner.
 */
export class NetworkAvailabilityClient implements AvailabilityClient {
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;

  constructor(options: { discovery: DiscoveryService; auth: AuthService }) {
    this.#discovery = options.discovery;
    this.#auth = options.auth;
  }

  async check(request: AvailabilityRequest): Promise<AvailabilityResult> {
    const baseUrl = await this.#discovery.getBaseUrl(NETWORK_PLUGIN_ID);
    const { token } = await this.#auth.getPluginRequestToken({
      onBehalfOf: await this.#auth.getOwnServiceCredentials(),
      targetPluginId: NETWORK_PLUGIN_ID,
    });
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${NETWORK_API_PATHS.availability}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify(request),
      });
    } catch (error) {
      throw new ServiceUnavailableError(
        `Could not check availability with the network backend: ${
          (error as Error).message
        }`,
      );
    }
    if (!response.ok) {
      // Fail closed: writing without the check could take a name someone else serves.
      const body = await response.text();
      throw new ServiceUnavailableError(
        `Could not check availability with the network backend (HTTP ${
          response.status
        }): ${body.slice(0, 300)}`,
      );
    }
    return (await response.json()) as AvailabilityResult;
  }
}
