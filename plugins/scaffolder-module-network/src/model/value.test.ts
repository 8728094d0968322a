import { isNetworkExposureObject, readNetworkExposure } from './value';

describe('readNetworkExposure', () => {
  it('gives an untouched form the template defaults: shared, HTTP 8080, gRPC 50051', () => {
    expect(readNetworkExposure(undefined)).toEqual({
      exposure: { mode: 'shared' },
      ports: { http: 8080, grpc: 50051 },
      callers: [],
      callees: [],
      dataServices: [],
    });
  });

  it('reads a whole step and ignores the keys of other fields', () => {
    const value = readNetworkExposure({
      name: 'svc-shop',
      owner: 'group:default/team-payments',
      exposure: { mode: 'own', hostname: 'shop.localplus.io', path: '/api' },
      ports: { http: 9090, grpc: 50052 },
      metricsPort: 9102,
      callers: ['component:default/web-portal'],
      callees: ['component:default/svc-ledger'],
      dataServices: ['kafka', 'postgresql'],
    });
    expect(value).toEqual({
      exposure: { mode: 'own', hostname: 'shop.localplus.io', path: '/api' },
      ports: { http: 9090, grpc: 50052 },
      metricsPort: 9102,
      callers: ['component:default/web-portal'],
      callees: ['component:default/svc-ledger'],
      dataServices: ['postgresql', 'kafka'],
    });
  });

  it('means "no gRPC" once the ports were touched and the gRPC port is gone', () => {
    expect(readNetworkExposure({ ports: { http: 8080 } }).ports).toEqual({
      http: 8080,
    });
  });

  it('drops what the mode does not use and unknown data services', () => {
    const value = readNetworkExposure({
      exposure: { mode: 'internal', path: '/v1/x', hostname: 'x.localplus.io' },
      dataServices: ['mysql', 'valkey'],
    });
    expect(value.exposure).toEqual({ mode: 'internal' });
    expect(value.dataServices).toEqual(['valkey']);
    expect(
      readNetworkExposure({ exposure: { mode: 'shared', hostname: 'x.io' } })
        .exposure,
    ).toEqual({ mode: 'shared' });
  });

  it('falls back to shared for an unknown mode', () => {
    expect(
      readNetworkExposure({ exposure: { mode: 'public' } }).exposure.mode,
    ).toBe('shared');
  });

  it('keeps an invalid port so validation can name it', () => {
    expect(readNetworkExposure({ ports: { http: 70000 } }).ports.http).toBe(
      70000,
    );
  });
});

describe('isNetworkExposureObject', () => {
  it('tells the field value from its exposure property', () => {
    expect(isNetworkExposureObject({ exposure: { mode: 'shared' } })).toBe(
      true,
    );
    expect(isNetworkExposureObject({ mode: 'shared' })).toBe(false);
    expect(isNetworkExposureObject(undefined)).toBe(false);
  });
});
