import type { NetworkApi } from '@localplus/plugin-network';
import type {
  AvailabilityRequest,
  AvailabilityResult,
} from '@localplus/plugin-network-common';

type Answer = AvailabilityResult | Promise<AvailabilityResult> | Error | 'hang';

/**
 * The network backend behind the `NetworkApi` boundary, as far as the wizard uses it: answers
 * availability questions by public entry (`host/path`) or private name, records every question.
 * Anything it was not told about is free.
 */
export class FakeNetworkApi implements NetworkApi {
  readonly requests: AvailabilityRequest[] = [];
  readonly #answers = new Map<string, Answer>();
  #fallback: Answer = { available: true, conflicts: [] };

  /** The answer for requests about `key`: `host/path` or a private name. */
  answer(key: string, answer: Answer): this {
    this.#answers.set(key, answer);
    return this;
  }

  /** The answer for everything else (default: free). */
  otherwise(answer: Answer): this {
    this.#fallback = answer;
    return this;
  }

  async checkAvailability(
    request: AvailabilityRequest,
  ): Promise<AvailabilityResult> {
    this.requests.push(request);
    const entry = request.hostname
      ? `${request.hostname}${request.path ?? ''}`
      : undefined;
    const answer =
      (entry === undefined ? undefined : this.#answers.get(entry)) ??
      (request.dnsName === undefined
        ? undefined
        : this.#answers.get(request.dnsName)) ??
      this.#fallback;
    if (answer === 'hang') {
      return new Promise<AvailabilityResult>(() => {});
    }
    if (answer instanceof Error) {
      throw answer;
    }
    return answer;
  }

  async getView(): Promise<never> {
    throw new Error('the wizard never reads views');
  }

  async getFindings(): Promise<never> {
    throw new Error('the wizard never reads findings');
  }

  async getSources(): Promise<never> {
    throw new Error('the wizard never reads sources');
  }
}

/** What the index says about `/v1/ledger` in the example estate. */
export const LEDGER_ROUTE_TAKEN: AvailabilityResult = {
  available: false,
  conflicts: [
    {
      reason:
        'api.localplus.io/v1/ledger is already routed by HTTPRoute svc-ledger/svc-ledger (PathPrefix /v1/ledger on api.localplus.io)',
      object: {
        kind: 'HTTPRoute',
        name: 'svc-ledger',
        namespace: 'svc-ledger',
        source: 'gitops',
      },
      entityRef: 'component:default/svc-ledger',
    },
  ],
};

export const SHADOWED_BY_TUNNEL_RULE: AvailabilityResult = {
  available: false,
  conflicts: [
    {
      reason:
        'a new tunnel rule for pay.localplus.io/ would be shadowed by rule #2 (pay.localplus.io) → http://svc-payment.svc-payment:8080',
      object: {
        kind: 'TunnelRule',
        name: '6ff42ae2#2',
        source: 'gitops',
      },
    },
  ],
};

export const OUTSIDE_ZONES: AvailabilityResult = {
  available: false,
  conflicts: [
    {
      reason: 'shop.example.com is outside the public zones (localplus.io)',
      object: { kind: 'DNSZone', name: 'localplus.io', source: 'config' },
    },
  ],
};
