import { DEFAULT_SETTINGS } from './options';
import { exposureProblems } from './problems';
import { readNetworkExposure } from './value';

const messages = (formData: unknown, name = 'svc-shop') =>
  exposureProblems(readNetworkExposure(formData), name, DEFAULT_SETTINGS).map(
    p => `${p.subject}: ${p.message}`,
  );

describe('exposureProblems', () => {
  it('accepts the defaults', () => {
    expect(messages({})).toEqual([]);
    expect(messages({ exposure: { mode: 'internal' } })).toEqual([]);
  });

  it('asks for the hostname of an own hostname in the action’s words', () => {
    expect(messages({ exposure: { mode: 'own' } })).toEqual([
      'entry: An own public hostname needs exposure.hostname.',
    ]);
  });

  it('refuses a hostname outside the public zones or inside a private one', () => {
    expect(
      messages({ exposure: { mode: 'own', hostname: 'shop.example.com' } }),
    ).toEqual([
      'entry: The hostname "shop.example.com" is not in a public zone of the platform (localplus.io).',
    ]);
    expect(
      messages({
        exposure: { mode: 'own', hostname: 'shop.internal.localplus.io' },
      })[0],
    ).toMatch(/^entry: The hostname "shop.internal.localplus.io" .*private/);
  });

  it('refuses a path the Gateway would not take', () => {
    expect(messages({ exposure: { mode: 'shared', path: 'v1/shop' } })).toEqual(
      ['entry: The path "v1/shop" must start with "/", e.g. "/v1/shop".'],
    );
    expect(
      messages({
        exposure: { mode: 'own', hostname: 'shop.localplus.io', path: '/a b' },
      }),
    ).toEqual([expect.stringMatching(/^entry: The path "\/a b" contains " "/)]);
  });

  it('names each port it refuses', () => {
    expect(
      messages({ ports: { http: 0, grpc: 70000 }, metricsPort: 1.5 }),
    ).toEqual([
      'ports: The HTTP port 0 is out of range; ports go from 1 to 65535.',
      'ports: The gRPC port 70000 is out of range; ports go from 1 to 65535.',
      'ports: The metrics port 1.5 is not a whole number.',
    ]);
  });

  it('checks the default path only once the name is known', () => {
    expect(
      exposureProblems(readNetworkExposure({}), undefined, DEFAULT_SETTINGS),
    ).toEqual([]);
  });
});
