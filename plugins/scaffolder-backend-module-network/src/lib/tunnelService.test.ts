import { validateTunnelService } from './tunnelService';

describe('validateTunnelService', () => {
  it.each([
    'http://svc.ns.svc.cluster.local:8080',
    'https://cilium-gateway-public.platform.svc.cluster.local:443',
    'tcp://db:5432',
    'http_status:404',
    'hello_world',
    'unix:/run/app.sock',
  ])('accepts %s', service => {
    expect(validateTunnelService(service)).toBeUndefined();
  });

  it.each([
    ['svc:8080', /invalid address|no host/],
    ['http://svc:8080/api', /has a path/],
    ['http://svc:8080/?a=1', /query or fragment/],
    ['http_status:abc', /not a valid http_status/],
    ['http_status:1000', /not a valid http_status/],
    ['unix:', /no socket path/],
    ['', /invalid address/],
  ])('refuses %j', (service, message) => {
    expect(validateTunnelService(service)).toMatch(message);
  });
});
