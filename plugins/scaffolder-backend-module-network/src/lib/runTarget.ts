import { InputError } from '@backstage/errors';
import {
  DirectTarget,
  GitopsWriter,
  NetworkWriteSettings,
  OwnedTunnelRule,
} from '@localplus/plugin-network-node';
import { gitopsFiles } from './files';
import { gitopsRootFor } from './gitopsRoot';
import type { NetworkActionsOptions } from './options';

/** Where a run writes: a GitOps folder, or the providers themselves. */
export type RunTarget =
  | { type: 'gitops'; root: string }
  | { type: 'direct'; direct: DirectTarget };

/**
 * The workspace when the step gives a `targetPath` (a pull request), else the configured target:
 * the local GitOps folder, or the provider APIs when `network.writeTarget` is `direct`.
 */
export function runTargetFor(
  options: NetworkActionsOptions,
  workspacePath: string,
  targetPath: string | undefined,
): RunTarget {
  if (targetPath === undefined && options.settings.writeTarget === 'direct') {
    if (!options.direct) {
      throw new InputError(
        'network.writeTarget is "direct", but the direct target is not set up; see the backend log from start-up',
      );
    }
    return { type: 'direct', direct: options.direct };
  }
  return {
    type: 'gitops',
    root: gitopsRootFor(options, workspacePath, targetPath),
  };
}

/** Where a target keeps the tunnel's rules, as plan lines name it. */
export function tunnelLocation(target: RunTarget, tunnelId: string): string {
  return target.type === 'gitops'
    ? gitopsFiles.tunnel
    : `cloudflare:tunnel/${tunnelId}`;
}

/**
 * The tunnel id: from config, else (GitOps) the `tunnel:` key of the cloudflared config in the
 * folder. The direct target needs it configured.
 */
export async function tunnelIdFor(
  settings: NetworkWriteSettings,
  target: RunTarget,
): Promise<string> {
  if (settings.tunnel.id) {
    return settings.tunnel.id;
  }
  if (target.type === 'direct') {
    throw new InputError(
      'The direct target writes tunnel rules through the Cloudflare API and needs network.tunnel.id',
    );
  }
  const tunnel = await GitopsWriter.create({ root: target.root }).readTunnel(
    gitopsFiles.tunnel,
    settings.tunnel.configMap,
  );
  if (!tunnel?.tunnelId) {
    throw new InputError(
      `No tunnel id: set network.tunnel.id, or keep "tunnel: <id>" in the ConfigMap ${settings.tunnel.configMap.namespace}/${settings.tunnel.configMap.name} of ${gitopsFiles.tunnel}`,
    );
  }
  return tunnel.tunnelId;
}

/** The tunnel's rules with their owners, from the ConfigMap file or the Cloudflare API. */
export async function tunnelRulesOf(
  settings: NetworkWriteSettings,
  target: RunTarget,
): Promise<OwnedTunnelRule[]> {
  if (target.type === 'gitops') {
    const tunnel = await GitopsWriter.create({ root: target.root }).readTunnel(
      gitopsFiles.tunnel,
      settings.tunnel.configMap,
    );
    return tunnel?.rules ?? [];
  }
  if (!target.direct.tunnel) {
    throw new InputError(
      'The direct target needs network.cloudflare to read and write tunnel rules',
    );
  }
  return target.direct.tunnel.rules(await tunnelIdFor(settings, target));
}
