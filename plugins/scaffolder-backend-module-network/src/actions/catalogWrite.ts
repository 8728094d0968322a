import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { readTextIfExists } from '@localplus/plugin-network-node';
import path from 'node:path';
import { planCatalogFile, writeCatalogFile } from '../lib/catalogFile';
import { normaliseEntityRef, parseEntityRef } from '../lib/entityRefs';
import type { NetworkActionsOptions } from '../lib/options';
import { examples } from './catalogWrite.examples';

/** The configured catalog folder, absolute; undefined when there is none. */
function catalogRootFor(options: NetworkActionsOptions): string | undefined {
  if (options.catalogRoot) {
    return options.catalogRoot;
  }
  const configured = options.settings.catalogOutputPath;
  return configured ? path.resolve(configured) : undefined;
}

/**
 * `network:catalog:write`: puts a new service's catalog-info.yaml where a `file` catalog location
 * reads it. The embedded default's way into the catalog, as it has no repository to publish to.
 *
 * @public
 */
export function createCatalogWriteAction(options: NetworkActionsOptions) {
  return createTemplateAction({
    id: 'network:catalog:write',
    description:
      'Copies a catalog-info.yaml from the workspace into the local catalog folder (network.catalogOutput.path, by default the "generated" folder beside a local GitOps folder), as <name>/catalog-info.yaml, where a file catalog location picks it up on its next processing loop. Writes nothing when no such folder is configured (production registers through publish and catalog:register instead). Refuses a name the catalog already has from another location.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        entityRef: z =>
          z
            .string()
            .describe(
              'The component the file describes, e.g. component:default/svc-shop',
            ),
        catalogInfoPath: z =>
          z
            .string()
            .optional()
            .describe('The file in the workspace. Default ./catalog-info.yaml'),
      },
      output: {
        written: z =>
          z
            .boolean()
            .describe(
              'True when the file is in the catalog folder after the step',
            ),
        action: z =>
          z
            .enum(['create', 'update', 'unchanged', 'skipped'])
            .describe('What the step did (or would do, in a dry run)'),
        file: z =>
          z
            .string()
            .describe('The file in the catalog folder; empty when skipped'),
      },
    },
    async handler(ctx) {
      const entityRef = normaliseEntityRef(ctx.input.entityRef, 'entityRef');
      const source = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.catalogInfoPath ?? './catalog-info.yaml',
      );
      const text = await readTextIfExists(source);
      if (text === undefined) {
        throw new InputError(
          `No catalog-info.yaml at ${
            ctx.input.catalogInfoPath ?? './catalog-info.yaml'
          } in the workspace; run fetch:template with the skeleton first.`,
        );
      }
      const root = catalogRootFor(options);
      if (!root) {
        ctx.logger.info(
          'No local catalog folder (network.catalogOutput.path); register the service through its repository (publish and catalog:register)',
        );
        ctx.output('written', false);
        ctx.output('action', 'skipped');
        ctx.output('file', '');
        return;
      }
      const existing = await options.catalog?.entity(
        parseEntityRef(entityRef),
        await ctx.getInitiatorCredentials(),
      );
      const plan = await planCatalogFile({
        text,
        where: ctx.input.catalogInfoPath ?? 'catalog-info.yaml',
        root,
        entityRef,
        existing,
      });
      if (ctx.isDryRun) {
        ctx.logger.info(`would ${plan.action} ${plan.file}`);
        ctx.output('written', false);
      } else if (plan.action === 'unchanged') {
        ctx.logger.info(`${plan.file} is already up to date`);
        ctx.output('written', true);
      } else {
        const audit = await options.auditor?.createEvent({
          eventId: 'network-write',
          severityLevel: 'medium',
          meta: {
            action: 'catalog-write',
            actor: ctx.user?.ref ?? null,
            entityRef,
            target: 'catalog-folder',
            file: plan.file,
            taskId: ctx.task.id,
          },
        });
        try {
          await writeCatalogFile(plan);
          await audit?.success();
        } catch (error) {
          await audit?.fail({ error: error as Error });
          throw error;
        }
        const refreshed =
          (await options.catalog?.refreshLocationsCovering?.(
            plan.file,
            await ctx.getInitiatorCredentials(),
          )) ?? [];
        ctx.logger.info(
          `${plan.action === 'create' ? 'created' : 'updated'} ${plan.file}; ${
            refreshed.length > 0
              ? `asked the catalog to process ${refreshed.join(', ')} now`
              : 'the catalog picks it up on its next processing loop'
          }`,
        );
        ctx.output('written', true);
      }
      ctx.output('action', plan.action);
      ctx.output('file', plan.file);
    },
  });
}
