import type { NetworkView } from '@localplus/plugin-network-common';

/**
 * True when no object of the estate names the entity: the tab then says so instead of drawing
 * eight empty sections. Sources and findings alone do not count as network data.
 */
export function isEmptyView(view: NetworkView): boolean {
  return (
    view.chains.length === 0 &&
    view.routes.length === 0 &&
    view.services.length === 0 &&
    view.policies.length === 0 &&
    view.callers.length === 0 &&
    view.callees.length === 0 &&
    view.tunnelRules.length === 0 &&
    view.dnsRecords.length === 0 &&
    view.findings.length === 0
  );
}

/** One clickable URL per public chain (`https://host/path`), then hostnames no chain covers. */
export function publicUrls(
  view: Pick<NetworkView, 'chains' | 'names'>,
): string[] {
  const urls = view.chains
    .filter(chain => chain.entry.kind === 'public-hostname')
    .map(chain => `https://${chain.entry.name}${chain.entry.path ?? ''}`);
  for (const host of view.names.public) {
    if (!urls.some(url => new URL(url).hostname === host)) {
      urls.push(`https://${host}`);
    }
  }
  return [...new Set(urls)];
}
