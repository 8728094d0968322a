import {
  accessApplicationsCovering,
  protectedPathOf,
  protectedPathOfRegex,
} from '../access';
import { accessApplicationRef } from '../dns/recordRef';
import type { Hop } from '../view';
import type { World } from '../world';
import { hop } from './verdicts';

export interface EdgeRequest {
  host: string;
  /** The route's path (PathPrefix / Exact value). */
  path?: string;
  /** Or the tunnel rule's path regex, for rules that target a Service directly. */
  pathRegex?: string;
}

export interface EdgeHop {
  hop: Hop;
  /** The protected path exposed without Access, when that is what is wrong. */
  unguarded?: string;
}

/** Cloudflare's edge: a protected-looking path must sit behind an Access application. */
export function edgeHop(world: World, request: EdgeRequest): EdgeHop {
  const { host, path, pathRegex } = request;
  const where = `${host}${path ?? ''}`;
  const protectedPath =
    protectedPathOf(path, world.options.protectedPaths) ??
    protectedPathOfRegex(pathRegex, world.options.protectedPaths);
  const covering = accessApplicationsCovering(
    world.accessApplications,
    host,
    path ?? protectedPath,
  );
  if (covering.length > 0) {
    const app = covering[0];
    return {
      hop: hop(
        'edge',
        `Cloudflare Access: ${app.name}`,
        'ok',
        `Access application ${app.name} (${app.domains.join(
          ', ',
        )}) guards ${where}`,
        accessApplicationRef(app),
      ),
    };
  }
  if (!protectedPath) {
    return {
      hop: hop(
        'edge',
        'Cloudflare edge',
        'ok',
        `public by design: no Access application covers ${where}, and it routes no protected path (${world.options.protectedPaths.join(
          ', ',
        )})`,
      ),
    };
  }
  if (!world.accessKnown) {
    return {
      unguarded: protectedPath,
      hop: hop(
        'edge',
        'Cloudflare edge',
        'unknown',
        `${where} exposes ${protectedPath}, and no source reads Cloudflare Access applications to confirm it is guarded`,
      ),
    };
  }
  return {
    unguarded: protectedPath,
    hop: hop(
      'edge',
      'Cloudflare edge',
      'broken',
      `${where} exposes ${protectedPath} to the internet without a Cloudflare Access application`,
    ),
  };
}
