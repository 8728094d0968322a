import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { KubernetesObject } from '@localplus/plugin-network-common';
import { crdValidatorFor } from './kubernetesApiServer/crdValidation';
import { handleResource, sendJson } from './kubernetesApiServer/handlers';
import {
  SERVED_RESOURCES,
  ServedResource,
  groupVersionOf,
  parsePath,
  resourceKey,
} from './kubernetesApiServer/resources';
import {
  KubernetesApiServerError,
  apiServerError,
} from './kubernetesApiServer/status';
import { ObjectStore } from './kubernetesApiServer/store';
import {
  WriteContext,
  applyObject,
  deleteObject,
  writeObject,
} from './kubernetesApiServer/writes';
import { KubernetesApiFault, injectFault } from './kubernetesApiServer/faults';
import { findSharedCrdsDir } from './sharedCrds';

export { KubernetesApiServerError } from './kubernetesApiServer/status';
export type { Status as KubernetesStatus } from './kubernetesApiServer/status';
export type { KubernetesApiFault } from './kubernetesApiServer/faults';

/** One request the fake received. @public */
export interface KubernetesApiRequest {
  method: string;
  path: string;
  watch: boolean;
  query: Record<string, string>;
}

/** @public */
export interface KubernetesApiServerOptions {
  /** The bearer token every request must carry. Default `loopback-token`. */
  token?: string;
  /** CRD kinds that are not installed: 404 on their paths, absent from discovery. */
  uninstalledKinds?: string[];
  /**
   * CRDs to validate custom resources against on create, replace and apply.
   * Default: the shared upstream CRDs when present; `null` turns validation off.
   */
  crdsDir?: string | null;
  /** Objects the cluster starts with (stored with `put`). */
  objects?: KubernetesObject[];
}

/**
 * A loopback Kubernetes API server for tests: discovery, list (with paging
 * and selectors), watch (with resourceVersion, history and 410 Gone),
 * get/create/replace/delete, and server-side apply with field ownership and
 * CRD validation. Objects live in memory under one resourceVersion counter.
 * Requests need `Authorization: Bearer <token>`; faults can be injected per path.
 *
 * @public
 */
export class KubernetesApiServer {
  readonly #server: http.Server;
  readonly #store = new ObjectStore();
  readonly #served: ServedResource[];
  readonly #ctx: WriteContext;
  readonly #token: string;
  readonly #openWatches = new Set<() => void>();
  readonly #sockets = new Set<Socket>();
  #faults: KubernetesApiFault[] = [];
  #requests: KubernetesApiRequest[] = [];

  /** Starts a server on 127.0.0.1 with a free port. */
  static async start(
    options: KubernetesApiServerOptions = {},
  ): Promise<KubernetesApiServer> {
    const server = new KubernetesApiServer(options);
    await new Promise<void>((resolve, reject) => {
      server.#server.once('error', reject);
      server.#server.listen(0, '127.0.0.1', () => resolve());
    });
    try {
      for (const object of options.objects ?? []) {
        server.put(object);
      }
    } catch (error) {
      await server.close();
      throw error;
    }
    return server;
  }

  private constructor(options: KubernetesApiServerOptions) {
    this.#token = options.token ?? 'loopback-token';
    const uninstalled = new Set(options.uninstalledKinds ?? []);
    this.#served = SERVED_RESOURCES.filter(
      r => !(r.custom && uninstalled.has(r.kind)),
    );
    const crdsDir =
      options.crdsDir === undefined
        ? findSharedCrdsDir(
            resolvePackagePath('@localplus/plugin-network-node'),
          )
        : options.crdsDir;
    this.#ctx = {
      store: this.#store,
      validator:
        crdsDir && fs.existsSync(crdsDir)
          ? crdValidatorFor(crdsDir)
          : undefined,
      namespaceResource: SERVED_RESOURCES.find(r => r.kind === 'Namespace')!,
    };
    this.#server = http.createServer((req, res) => {
      this.#handle(req, res).catch(error => this.#fail(res, error));
    });
    this.#server.on('connection', socket => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  /** `http://127.0.0.1:<port>`. */
  get url(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  get token(): string {
    return this.#token;
  }

  /** Whether CRD validation is on (the shared CRDs were found). */
  get validates(): boolean {
    return this.#ctx.validator !== undefined;
  }

  /** Creates or replaces an object as a fixture (no validation); watchers see the change. */
  put(
    object: KubernetesObject,
    options: { manager?: string } = {},
  ): KubernetesObject {
    return writeObject(this.#ctx, this.#target(object), object, {
      mode: 'upsert',
      fieldManager: options.manager ?? 'fixture',
      skipValidation: true,
    }).object;
  }

  /** Server-side apply, as `PATCH` with `application/apply-patch+yaml` does it. */
  apply(
    object: KubernetesObject,
    options: { fieldManager: string; force?: boolean },
  ): KubernetesObject {
    return applyObject(this.#ctx, this.#target(object), object, options).object;
  }

  /** Deletes an object; watchers get DELETED. False when it did not exist. */
  delete(ref: {
    apiVersion: string;
    kind: string;
    metadata: { name?: string; namespace?: string };
  }): boolean {
    try {
      deleteObject(this.#ctx, this.#target(ref), ref.metadata.name ?? '');
      return true;
    } catch (error) {
      if (error instanceof KubernetesApiServerError && error.code === 404) {
        return false;
      }
      throw error;
    }
  }

  get(
    apiVersion: string,
    kind: string,
    name: string,
    namespace?: string,
  ): KubernetesObject | undefined {
    const resource = this.#resource(apiVersion, kind);
    const object = this.#store.get(
      resourceKey(resource),
      resource.namespaced ? namespace : undefined,
      name,
    );
    return object && structuredClone(object);
  }

  injectFault(fault: KubernetesApiFault): void {
    this.#faults.push({ ...fault });
  }

  clearFaults(): void {
    this.#faults = [];
  }

  /** Every request received so far, oldest first. */
  get requests(): readonly KubernetesApiRequest[] {
    return this.#requests;
  }

  /** How many list (`watch: false`) or watch (`watch: true`) GETs hit `path`. */
  countRequests(path: string, options: { watch: boolean }): number {
    return this.#requests.filter(
      r => r.method === 'GET' && r.path === path && r.watch === options.watch,
    ).length;
  }

  /** Watch streams currently open. */
  get openWatchCount(): number {
    return this.#openWatches.size;
  }

  /** The latest resourceVersion. */
  get resourceVersion(): string {
    return String(this.#store.resourceVersion);
  }

  /** Forgets the change history: watches from an older resourceVersion get 410 Gone. */
  compact(): void {
    this.#store.compact();
  }

  /** Ends every open watch stream, as an API server restart or watch timeout does. */
  closeWatches(): void {
    for (const end of [...this.#openWatches]) {
      end();
    }
  }

  /**
   * Stops the server. Unless `force` is false, open watches and hung requests
   * are cut first; with `force: false` it waits for clients to go away.
   */
  async close(options: { force?: boolean } = {}): Promise<void> {
    if (options.force ?? true) {
      this.closeWatches();
      for (const socket of this.#sockets) {
        socket.destroy();
      }
    }
    this.#server.closeIdleConnections();
    await new Promise<void>(resolve => this.#server.close(() => resolve()));
  }

  #resource(apiVersion: string, kind: string): ServedResource {
    const resource = this.#served.find(
      r => groupVersionOf(r) === apiVersion && r.kind === kind,
    );
    if (!resource) {
      throw apiServerError(
        404,
        `no matches for kind "${kind}" in version "${apiVersion}"`,
      );
    }
    return resource;
  }

  #target(object: {
    apiVersion: string;
    kind: string;
    metadata: { name?: string; namespace?: string };
  }) {
    const resource = this.#resource(object.apiVersion, object.kind);
    return {
      resource,
      namespace: resource.namespaced
        ? object.metadata.namespace ?? 'default'
        : undefined,
      name: object.metadata.name,
    };
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', this.url);
    const watch = url.searchParams.get('watch') === 'true';
    this.#requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      watch,
      query: Object.fromEntries(url.searchParams),
    });
    if (req.headers.authorization !== `Bearer ${this.#token}`) {
      throw apiServerError(401, 'Unauthorized');
    }
    if (injectFault(this.#faults, url.pathname, watch, res)) {
      return;
    }
    const parsed = parsePath(url.pathname, this.#served, url.host);
    if (parsed.type === 'discovery') {
      sendJson(res, 200, parsed.body);
      return;
    }
    await handleResource({
      req,
      res,
      url,
      target: parsed,
      ctx: this.#ctx,
      openWatches: this.#openWatches,
    });
  }

  #fail(res: http.ServerResponse, error: unknown) {
    const status =
      error instanceof KubernetesApiServerError
        ? error.status
        : apiServerError(
            500,
            `fake API server: ${(error as Error)?.message ?? error}`,
          ).status;
    if (res.headersSent) {
      res.end();
    } else {
      sendJson(res, status.code, status);
    }
  }
}

/**
 * Starts a {@link KubernetesApiServer}, like the other fakes' `start…` functions.
 *
 * @public
 */
export function startKubernetesApiServer(
  options: KubernetesApiServerOptions = {},
): Promise<KubernetesApiServer> {
  return KubernetesApiServer.start(options);
}
