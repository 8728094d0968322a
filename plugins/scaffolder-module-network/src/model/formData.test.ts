import { jsonEqual, schemaWantsPlan, writeNetworkExposure } from './formData';
import { readNetworkExposure } from './value';

describe('writeNetworkExposure', () => {
  it('replaces the field’s keys and keeps the rest of the step', () => {
    const before = {
      name: 'svc-shop',
      metricsPort: 9102,
      exposure: { mode: 'own', hostname: 'x.localplus.io' },
    };
    const value = readNetworkExposure({ exposure: { mode: 'internal' } });
    expect(writeNetworkExposure(before, value, ['Route: none'])).toEqual({
      name: 'svc-shop',
      exposure: { mode: 'internal' },
      ports: { http: 8080, grpc: 50051 },
      callers: [],
      callees: [],
      dataServices: [],
      networkPlan: ['Route: none'],
    });
  });

  it('writes no gRPC port when there is none, and no plan unless asked', () => {
    const written = writeNetworkExposure(
      undefined,
      readNetworkExposure({ ports: { http: 8080 } }),
      undefined,
    );
    expect(written.ports).toEqual({ http: 8080 });
    expect(written).not.toHaveProperty('networkPlan');
  });
});

describe('schemaWantsPlan', () => {
  it('is true only when the schema declares networkPlan', () => {
    expect(
      schemaWantsPlan({ properties: { networkPlan: { type: 'array' } } }),
    ).toBe(true);
    expect(schemaWantsPlan({ properties: {} })).toBe(false);
    expect(schemaWantsPlan(undefined)).toBe(false);
  });
});

describe('jsonEqual', () => {
  it('ignores key order and undefined keys', () => {
    expect(
      jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }),
    ).toBe(true);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it('tells different values apart', () => {
    expect(jsonEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: '1' })).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
  });
});
