import type {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  NETWORK_API_PATHS,
  NETWORK_PLUGIN_ID,
} from '@localplus/plugin-network-common';

const REFRESH_PATH = NETWORK_API_PATHS.refresh;

/** Asks the network backend to rebuild its index after a write. */
export interface IndexRefresher {
  /** Never throws: a failed refresh is caught up by the periodic one. */
  refresh(logger: LoggerService): Promise<void>;
}

/**
 * Calls `POST /refresh` of the network backend as this plugin's own service, so that the page a
 * developer opens after the template shows what was just written.
 */
export class NetworkIndexRefresher implements IndexRefresher {
  readonly #discovery: DiscoveryService;
  readonly #auth: AuthService;

  constructor(options: { discovery: DiscoveryService; auth: AuthService }) {
    this.#discovery = options.discovery;
    this.#auth = options.auth;
  }

  async refresh(logger: LoggerService): Promise<void> {
    try {
      const baseUrl = await this.#discovery.getBaseUrl(NETWORK_PLUGIN_ID);
      const { token } = await this.#auth.getPluginRequestToken({
        onBehalfOf: await this.#auth.getOwnServiceCredentials(),
        targetPluginId: NETWORK_PLUGIN_ID,
      });
      const response = await fetch(`${baseUrl}${REFRESH_PATH}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      if (!response.ok) {
        const body = await response.text();
        throw new Error(`HTTP ${response.status}: ${body.slice(0, 300)}`);
      }
      logger.info('the network index was rebuilt with the changes');
    } catch (error) {
      logger.warn(
        `Could not ask the network backend to rebuild its index (${
          (error as Error).message
        }); the Network tab shows the changes after its next periodic refresh`,
      );
    }
  }
}
