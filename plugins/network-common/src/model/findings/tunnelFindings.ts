import { tunnelIdOfRecord } from '../dns/dnsIndex';
import { tunnelRuleRef } from '../dns/recordRef';
import type { Relations } from '../relations';
import { isCatchAll } from '../tunnel/tunnelTable';
import type { World } from '../world';
import type { FindingSet } from './findingSet';

const describeRule = (hostname: string | undefined, path: string | undefined) =>
  `${hostname ?? '*'}${path ? ` ${path}` : ''}`;

/** Tunnel rules that cannot work (no DNS name reaches them) or are never used (shadowed). */
export function tunnelFindings(
  world: World,
  relations: Relations,
  findings: FindingSet,
): void {
  for (const table of world.tunnels) {
    const { tunnelId } = table.tunnel;
    for (const rule of table.rules) {
      if (isCatchAll(rule)) continue;
      const entityRefs = relations.ruleEntities.get(rule) ?? [];
      const ref = tunnelRuleRef(table.tunnel, rule);
      const shadow = table.shadowedBy(rule);
      if (shadow) {
        findings.add({
          check: 'tunnel-rule-shadowed',
          severity: 'warning',
          subject: [tunnelId, String(rule.position)],
          message: `tunnel rule #${rule.position} (${describeRule(
            rule.hostname,
            rule.path,
          )}) is never used: rule #${shadow.position} (${describeRule(
            shadow.hostname,
            shadow.path,
          )}) matches its requests first`,
          objects: [ref, tunnelRuleRef(table.tunnel, shadow)],
          fixHint: `Move rule #${rule.position} above rule #${shadow.position}, or narrow rule #${shadow.position}'s path.`,
          entityRefs,
        });
      }
      if (!rule.hostname || rule.hostname === '*') continue;
      const records = world.dns.resolve(rule.hostname, 'public');
      if (records.some(r => tunnelIdOfRecord(r) === tunnelId)) continue;
      findings.add({
        check: 'tunnel-rule-without-dns',
        severity: 'warning',
        subject: [tunnelId, rule.hostname],
        message:
          records.length === 0
            ? `tunnel rule #${rule.position} serves ${rule.hostname}, but no public DNS record sends that name to the tunnel`
            : `tunnel rule #${rule.position} serves ${
                rule.hostname
              }, but its DNS record points at ${records[0].values.join(
                ', ',
              )}, not at ${tunnelId}.cfargotunnel.com`,
        objects: [ref],
        fixHint: `Create a proxied CNAME ${rule.hostname} → ${tunnelId}.cfargotunnel.com (an external-dns DNSEndpoint), or remove the rule.`,
        entityRefs,
      });
    }
  }
}
