import {
  findMatchingRule,
  PlannedChange,
} from '@localplus/plugin-network-node';
import type { NetworkActionsOptions } from './options';
import {
  RunTarget,
  tunnelIdFor,
  tunnelLocation,
  tunnelRulesOf,
} from './runTarget';
import type { ServiceTarget } from './service';

/** What the tunnel already does for a shared hostname: served, or why we must add a rule. */
export async function sharedTunnel(
  target: ServiceTarget,
  entry: { hostname: string; path: string },
  options: NetworkActionsOptions,
  runTarget: RunTarget,
): Promise<{ note?: PlannedChange; addRule: boolean }> {
  const { settings } = options;
  const rules = await tunnelRulesOf(settings, runTarget);
  const index = findMatchingRule(rules, entry.hostname, entry.path);
  const rule = rules[index];
  const line: PlannedChange = {
    system: 'tunnel',
    target: runTarget.type,
    action: 'unchanged',
    file: tunnelLocation(
      runTarget,
      runTarget.type === 'direct' ? await tunnelIdFor(settings, runTarget) : '',
    ),
    object: {
      kind: 'TunnelRule',
      name: rule?.hostname ?? '*',
      namespace: settings.tunnel.configMap.namespace,
    },
  };
  if (!rule || index === rules.length - 1) {
    return { addRule: true };
  }
  if (rule.service === settings.tunnel.defaultService) {
    line.reason = `${entry.hostname}${
      entry.path
    } is already served by tunnel rule #${index + 1} (${
      rule.hostname
    } → the Gateway)`;
    return { note: line, addRule: false };
  }
  line.action = 'conflict';
  line.reason = `${entry.hostname}${entry.path} would reach ${
    rule.service
  } through tunnel rule #${index + 1}${
    rule.owner ? ` (owned by ${rule.owner})` : ''
  }, not the Gateway; ${target.entityRef} cannot be served there`;
  return { note: line, addRule: false };
}
