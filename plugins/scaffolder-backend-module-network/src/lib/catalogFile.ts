import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_ORIGIN_LOCATION,
  componentEntityV1alpha1Validator,
  Entity,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ConflictError, InputError } from '@backstage/errors';
import {
  readTextIfExists,
  transactFile,
  withFileLock,
} from '@localplus/plugin-network-node';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

/** What writing a service's catalog file does (or would do). */
export interface CatalogFilePlan {
  action: 'create' | 'update' | 'unchanged';
  /** Absolute path of the file in the catalog folder. */
  file: string;
  entityRef: string;
  text: string;
}

/** The single entity of a catalog-info.yaml, or an InputError saying what is wrong with it. */
export function parseCatalogInfo(text: string, where: string): Entity {
  const documents = parseAllDocuments(text);
  if (!Array.isArray(documents) || documents.length !== 1) {
    throw new InputError(
      `${where} must hold exactly one entity; it holds ${
        Array.isArray(documents) ? documents.length : 0
      } YAML documents.`,
    );
  }
  const [document] = documents;
  if (document.errors.length > 0) {
    throw new InputError(
      `${where} is not valid YAML: ${document.errors[0].message}`,
    );
  }
  const entity = document.toJS() as Entity;
  if (entity?.kind !== 'Component' || !entity.metadata?.name) {
    throw new InputError(
      `${where} must describe a Component with a metadata.name; the catalog folder only accepts components.`,
    );
  }
  return entity;
}

async function checkComponent(entity: Entity, where: string): Promise<void> {
  try {
    await componentEntityV1alpha1Validator.check(entity);
  } catch (error) {
    throw new InputError(
      `${where} is not a valid Component: ${(error as Error).message}`,
    );
  }
}

/** The ref of an entity as the catalog would write it. */
function refOf(entity: Entity): string {
  return stringifyEntityRef(entity);
}

/**
 * Plans copying a service's catalog-info.yaml to `<root>/<name>/catalog-info.yaml`. A file there
 * that describes another entity is a conflict; so is an entity the catalog already has from
 * another location (the catalog would refuse the second one).
 */
export async function planCatalogFile(options: {
  text: string;
  where: string;
  root: string;
  entityRef: string;
  existing?: Entity;
}): Promise<CatalogFilePlan> {
  const { text, where, root, entityRef } = options;
  const entity = parseCatalogInfo(text, where);
  await checkComponent(entity, where);
  const ref = refOf(entity);
  if (ref !== entityRef) {
    throw new InputError(
      `${where} describes ${ref}, not ${entityRef}; the template and its skeleton disagree.`,
    );
  }
  const file = resolveSafeChildPath(
    root,
    path.join(entity.metadata.name, 'catalog-info.yaml'),
  );
  const origin =
    options.existing?.metadata.annotations?.[ANNOTATION_ORIGIN_LOCATION];
  if (options.existing && origin !== `file:${file}`) {
    throw new ConflictError(
      `${entityRef} is already in the catalog (registered from ${
        origin ?? 'an unknown location'
      }); pick another name.`,
    );
  }
  const current = await readTextIfExists(file);
  if (current === undefined) {
    return { action: 'create', file, entityRef, text };
  }
  const holder = refOf(parseCatalogInfo(current, file));
  if (holder !== entityRef) {
    throw new ConflictError(
      `${file} already describes ${holder}; ${entityRef} cannot be written there.`,
    );
  }
  return {
    action: current === text ? 'unchanged' : 'update',
    file,
    entityRef,
    text,
  };
}

/** Writes the planned file under its lock; re-checks that nobody else took the place meanwhile. */
export async function writeCatalogFile(plan: CatalogFilePlan): Promise<void> {
  await withFileLock(plan.file, () =>
    transactFile(plan.file, current => {
      if (current !== undefined) {
        const holder = refOf(parseCatalogInfo(current, plan.file));
        if (holder !== plan.entityRef) {
          throw new ConflictError(
            `${plan.file} already describes ${holder}; ${plan.entityRef} cannot be written there.`,
          );
        }
      }
      return { text: plan.text, result: undefined };
    }),
  );
}
