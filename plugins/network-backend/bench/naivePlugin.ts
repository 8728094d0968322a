/*
 * The baseline the index is measured against: what a backend without an index would do per page
 * view. It asks the catalog for the entity, lists every provider with the real sources (a fresh
 * Kubernetes source, so its informers list instead of answering from a cache), and builds the
 * view of that one entity. Same auth as the real route; no permission check or audit event, so
 * the ratio errs in the naive path's favour.
 */
import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  buildNetworkIndex,
  KUBERNETES_ID_ANNOTATION,
  type SourceSnapshot,
} from '@localplus/plugin-network-common';
import {
  createCloudflareSource,
  createKubernetesSources,
  createRoute53Source,
} from '@localplus/plugin-network-node';
import Router from 'express-promise-router';
import { readNetworkModelOptions } from '../src/config/readNetworkModelOptions';

export const naiveNetworkPlugin = createBackendPlugin({
  pluginId: 'network-naive',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
      },
      async init({ httpRouter, httpAuth, auth, config, logger, catalog }) {
        // clients are made once, as a real implementation would; only the reads are per request
        const cloudflare = createCloudflareSource({ config, logger })!;
        const route53 = createRoute53Source({ config, logger })!;
        const options = readNetworkModelOptions(config);
        const router = Router();
        router.get(
          '/entities/:kind/:namespace/:name/view',
          async (req, res) => {
            await httpAuth.credentials(req, { allow: ['user', 'service'] });
            const entityRef = stringifyEntityRef({ ...req.params });
            const entity = await catalog.getEntityByRef(entityRef, {
              credentials: await auth.getOwnServiceCredentials(),
            });
            const kubernetesId =
              entity?.metadata.annotations?.[KUBERNETES_ID_ANNOTATION];
            if (!kubernetesId) {
              throw new NotFoundError(`No network data for ${entityRef}`);
            }
            const kubernetes = createKubernetesSources({ config, logger });
            let snapshots: SourceSnapshot[];
            try {
              snapshots = await Promise.all(
                [...kubernetes, cloudflare, route53].map(s => s.read()),
              );
            } finally {
              await Promise.all(kubernetes.map(s => s.stop()));
            }
            const index = buildNetworkIndex({
              snapshots,
              entities: [{ entityRef, kubernetesId }],
              sourceStatus: [],
              options,
            });
            res.json(index.view(entityRef));
          },
        );
        httpRouter.use(router);
      },
    });
  },
});
