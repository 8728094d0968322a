import {
  ListResourceRecordSetsCommand,
  ResourceRecordSet,
  Route53Client,
} from '@aws-sdk/client-route-53';
import { InputError } from '@backstage/errors';
import { zoneOf } from '@localplus/plugin-network-common';
import { listHostedZones } from '../../sources/route53/listHostedZones';
import { normaliseDnsName } from '../../sources/route53/normaliseDnsName';

/**
 * Finds the private hosted zone of a name (looked up once, again after a failure) and the record
 * sets at a name.
 */
export class Route53PrivateZones {
  readonly #client: Route53Client;
  readonly #zones: string[];
  readonly #hostedZoneIds?: string[];
  #ids?: Promise<Map<string, string>>;

  constructor(options: {
    client: Route53Client;
    zones: string[];
    hostedZoneIds?: string[];
  }) {
    this.#client = options.client;
    this.#zones = options.zones;
    this.#hostedZoneIds = options.hostedZoneIds;
  }

  async zoneOf(name: string): Promise<{ id: string; name: string }> {
    const zoneName = zoneOf(name, this.#zones);
    this.#ids ??= listHostedZones({
      client: this.#client,
      hostedZoneIds: this.#hostedZoneIds,
      signal: new AbortController().signal,
    }).then(
      ({ zones }) =>
        new Map(zones.filter(z => z.privateZone).map(z => [z.name, z.id])),
    );
    const ids = await this.#ids.catch(error => {
      this.#ids = undefined;
      throw error;
    });
    const id = zoneName ? ids.get(zoneName) : undefined;
    if (!zoneName || !id) {
      throw new InputError(
        `${name} is in no Route53 private hosted zone the suite can see (zones: ${
          [...ids.keys()].join(', ') || 'none'
        })`,
      );
    }
    return { id, name: zoneName };
  }

  /** The record sets at `name` (every type). */
  async setsAt(zoneId: string, name: string): Promise<ResourceRecordSet[]> {
    const page = await this.#client.send(
      new ListResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        StartRecordName: name,
        MaxItems: 20,
      }),
    );
    return (page.ResourceRecordSets ?? []).filter(
      s => normaliseDnsName(s.Name ?? '') === name,
    );
  }
}
