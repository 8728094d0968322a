import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  networkExposureWritePermission,
  type AvailabilityRequest,
  type FindingsQuery,
  type FindingsResponse,
  type SourcesResponse,
} from '@localplus/plugin-network-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { createEntityReadAuthorizer } from './auth/entityReadAuthorizer';
import type { NetworkIndexService } from './index/NetworkIndexService';

const SEVERITIES = ['error', 'warning', 'info'] as const;

const availabilityBody = z
  .object({
    hostname: z.string().min(1).max(253).optional(),
    path: z.string().min(1).max(1024).optional(),
    dnsName: z.string().min(1).max(253).optional(),
    entityRef: z.string().min(1).optional(),
  })
  .strict()
  .refine(b => b.hostname || b.dnsName, {
    message: 'give a hostname (with an optional path) or a dnsName',
  });

function listParam(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const values = (Array.isArray(value) ? value : [value]).flatMap(v =>
    String(v).split(','),
  );
  return values.filter(Boolean);
}

/** The plugin's REST API (documented in src/schema/openapi.yaml). */
export async function createRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  index: NetworkIndexService;
}): Promise<express.Router> {
  const { httpAuth, permissions, auditor, index } = options;
  const entityRead = createEntityReadAuthorizer(permissions);
  const router = Router();
  router.use(express.json());

  router.get('/health', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json({ status: 'ok' });
  });

  router.get('/entities/:kind/:namespace/:name/view', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const entityRef = stringifyEntityRef({
      kind: req.params.kind,
      namespace: req.params.namespace,
      name: req.params.name,
    });
    const event = await auditor.createEvent({
      eventId: 'view-read',
      severityLevel: 'low',
      request: req,
      meta: { entityRef },
    });
    try {
      await entityRead.require(credentials, entityRef);
      const view = await index.view(entityRef);
      if (!view) {
        throw new NotFoundError(
          `No network data for ${entityRef}: it is not in the catalog, or it has no backstage.io/kubernetes-id annotation`,
        );
      }
      await event.success();
      res.json(view);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  router.get('/findings', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const severity = listParam(req.query.severity);
    if (severity?.some(s => !(SEVERITIES as readonly string[]).includes(s))) {
      throw new InputError(
        `severity must be one of ${SEVERITIES.join(', ')}; got ${severity.join(
          ', ',
        )}`,
      );
    }
    const query: FindingsQuery = {
      severity: severity as FindingsQuery['severity'],
      check: listParam(req.query.check) as FindingsQuery['check'],
      entityRef: listParam(req.query.entityRef),
    };
    const findings = index.current().findings(query);
    const readable = await entityRead.allowed(
      credentials,
      findings.flatMap(f => f.entityRefs),
    );
    const body: FindingsResponse = {
      items: findings.filter(
        f =>
          f.entityRefs.length === 0 || f.entityRefs.some(r => readable.has(r)),
      ),
    };
    res.json(body);
  });

  router.get('/sources', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const body: SourcesResponse = {
      items: index.statuses(),
      builtAt: index.current().builtAt,
    };
    res.json(body);
  });

  router.post('/availability', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const parsed = availabilityBody.safeParse(req.body);
    if (!parsed.success) {
      throw new InputError(
        `Invalid availability request: ${parsed.error.issues
          .map(i => `${i.path.join('.') || 'body'}: ${i.message}`)
          .join('; ')}`,
      );
    }
    const request: AvailabilityRequest = parsed.data;
    res.json(index.current().checkAvailability(request));
  });

  // After a write (the scaffolder actions call this) the next page view must show it.
  router.post('/refresh', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const event = await auditor.createEvent({
      eventId: 'index-refresh',
      severityLevel: 'low',
      request: req,
    });
    try {
      if (credentials.principal.type === 'user') {
        const [decision] = await permissions.authorize(
          [{ permission: networkExposureWritePermission }],
          { credentials },
        );
        if (decision.result !== AuthorizeResult.ALLOW) {
          throw new NotAllowedError('You may not refresh the network index');
        }
      }
      await index.refreshSources();
      await index.reload({ force: true });
      await event.success();
      res.json({ builtAt: index.current().builtAt });
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  return router;
}
