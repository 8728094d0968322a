import {
  availabilityRequest,
  classifyAvailability,
  conflictMessage,
  requestSubject,
  unreachableMessage,
} from './availability';
import { DEFAULT_SETTINGS } from './options';
import { readNetworkExposure } from './value';

const request = (formData: unknown, name: string | null = 'svc-shop') =>
  availabilityRequest(
    readNetworkExposure(formData),
    name ?? undefined,
    DEFAULT_SETTINGS,
  );

describe('availabilityRequest', () => {
  it('asks about the shared entry and the private name, as the new component', () => {
    expect(request({})).toEqual({
      entityRef: 'component:default/svc-shop',
      hostname: 'api.localplus.io',
      path: '/v1/svc-shop',
      dnsName: 'svc-shop.internal.localplus.io',
    });
  });

  it('asks about an own hostname at /', () => {
    expect(
      request({ exposure: { mode: 'own', hostname: 'shop.localplus.io' } }),
    ).toMatchObject({ hostname: 'shop.localplus.io', path: '/' });
  });

  it('asks only about the private name of an internal service', () => {
    expect(request({ exposure: { mode: 'internal' } })).toEqual({
      entityRef: 'component:default/svc-shop',
      dnsName: 'svc-shop.internal.localplus.io',
    });
  });

  it('asks nothing without a name or a hostname', () => {
    expect(request({}, null)).toBeUndefined();
    expect(request({ exposure: { mode: 'own' } })).toBeUndefined();
  });
});

describe('requestSubject', () => {
  it('names what was asked about', () => {
    expect(requestSubject(request({})!)).toBe(
      'api.localplus.io/v1/svc-shop and svc-shop.internal.localplus.io',
    );
    expect(requestSubject({ hostname: 'shop.localplus.io', path: '/' })).toBe(
      'shop.localplus.io',
    );
  });
});

describe('classifyAvailability', () => {
  const asked = request({ exposure: { mode: 'shared', path: '/v1/ledger' } })!;

  it('is free when the index has no conflict', () => {
    expect(
      classifyAvailability(asked, { available: true, conflicts: [] }),
    ).toEqual({
      status: 'free',
      subject: 'api.localplus.io/v1/ledger and svc-shop.internal.localplus.io',
    });
  });

  it('sorts conflicts into taken, shadowed and outside the zones', () => {
    const state = classifyAvailability(asked, {
      available: false,
      conflicts: [
        {
          reason: 'api.localplus.io/v1/ledger is already routed by HTTPRoute',
          object: {
            kind: 'HTTPRoute',
            name: 'svc-ledger',
            namespace: 'svc-ledger',
            source: 'gitops',
          },
          entityRef: 'component:default/svc-ledger',
        },
        {
          reason: 'a new tunnel rule would be shadowed by rule #2',
          object: { kind: 'TunnelRule', name: 'abc#2', source: 'gitops' },
        },
        {
          reason: 'x is outside the public zones (localplus.io)',
          object: { kind: 'DNSZone', name: 'localplus.io', source: 'config' },
        },
      ],
    });
    expect(state).toMatchObject({
      status: 'conflict',
      conflicts: [
        {
          kind: 'taken',
          entityRef: 'component:default/svc-ledger',
          object: 'HTTPRoute svc-ledger/svc-ledger',
        },
        { kind: 'shadowed', object: 'TunnelRule abc#2' },
        { kind: 'outside-zones', object: 'DNSZone localplus.io' },
      ],
    });
  });
});

describe('messages', () => {
  it('words a conflict as the network:expose step does', () => {
    expect(
      conflictMessage({
        kind: 'taken',
        reason: 'api.localplus.io/v1/ledger is already routed',
        object: 'HTTPRoute svc-ledger/svc-ledger',
        entityRef: 'component:default/svc-ledger',
      }),
    ).toBe(
      'api.localplus.io/v1/ledger is already routed (HTTPRoute svc-ledger/svc-ledger, owned by component:default/svc-ledger)',
    );
    expect(
      conflictMessage({
        kind: 'shadowed',
        reason: 'r',
        object: 'TunnelRule t#1',
      }),
    ).toBe('r (TunnelRule t#1, not claimed by any catalog entity)');
  });

  it('words an unreachable index as the step does', () => {
    expect(unreachableMessage(new Error('Failed to fetch'))).toBe(
      'Could not check availability with the network backend: Failed to fetch',
    );
  });
});
