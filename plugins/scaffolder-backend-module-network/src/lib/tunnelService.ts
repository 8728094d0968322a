/**
 * cloudflared's rules for a rule's `service` (ingress/ingress.go): a URL with a scheme and a host
 * but no path, `http_status:NNN`, `hello_world`, `unix:` sockets, or the special services.
 */
const SPECIAL = new Set([
  'hello_world',
  'hello-world',
  'socks-proxy',
  'bastion',
]);

export function validateTunnelService(service: string): string | undefined {
  if (SPECIAL.has(service)) {
    return undefined;
  }
  if (service.startsWith('unix:') || service.startsWith('unix+tls:')) {
    return service.length > service.indexOf(':') + 1
      ? undefined
      : `The tunnel service "${service}" names no socket path.`;
  }
  if (service.startsWith('http_status:')) {
    const code = Number(service.slice('http_status:'.length));
    return Number.isInteger(code) && code >= 100 && code <= 999
      ? undefined
      : `The tunnel service "${service}" is not a valid http_status (100-999).`;
  }
  let url: URL;
  try {
    url = new URL(service);
  } catch {
    return `The tunnel service "${service}" is an invalid address; give a scheme and a host, e.g. "http://svc.ns.svc.cluster.local:8080".`;
  }
  if (!url.hostname) {
    return `The tunnel service "${service}" has no host.`;
  }
  if (url.pathname !== '/' && url.pathname !== '') {
    return `The tunnel service "${service}" has a path; cloudflared does not proxy to a different path.`;
  }
  if (url.search || url.hash) {
    return `The tunnel service "${service}" has a query or fragment, which cloudflared does not use.`;
  }
  return undefined;
}
