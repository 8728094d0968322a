import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { networkExposureReadPermission } from '@localplus/plugin-network-common';

const DECISION_TTL_MS = 5_000;

/**
 * Decides `network.exposure.read` per entity, remembering each decision for a few seconds:
 * a permission check is a loopback HTTP call, and without this it would dominate a page view
 * (see ARCHITECTURE.md, "Index, not fan-out").
 */
export function createEntityReadAuthorizer(permissions: PermissionsService) {
  const decisions = new Map<string, { allowed: boolean; until: number }>();

  const principalKey = (credentials: BackstageCredentials) => {
    const principal = credentials.principal as {
      type: string;
      userEntityRef?: string;
      subject?: string;
    };
    return `${principal.type}:${
      principal.userEntityRef ?? principal.subject ?? ''
    }`;
  };

  /** Which of these entities the caller may read. */
  async function allowed(
    credentials: BackstageCredentials,
    entityRefs: string[],
  ): Promise<Set<string>> {
    const now = Date.now();
    const who = principalKey(credentials);
    const result = new Set<string>();
    const unknown: string[] = [];
    for (const ref of new Set(entityRefs)) {
      const cached = decisions.get(`${who}|${ref}`);
      if (cached && cached.until > now) {
        if (cached.allowed) result.add(ref);
      } else {
        unknown.push(ref);
      }
    }
    if (unknown.length > 0) {
      const answers = await permissions.authorize(
        unknown.map(resourceRef => ({
          permission: networkExposureReadPermission,
          resourceRef,
        })),
        { credentials },
      );
      answers.forEach((answer, i) => {
        const isAllowed = answer.result === AuthorizeResult.ALLOW;
        decisions.set(`${who}|${unknown[i]}`, {
          allowed: isAllowed,
          until: now + DECISION_TTL_MS,
        });
        if (isAllowed) result.add(unknown[i]);
      });
    }
    if (decisions.size > 10_000) {
      for (const [key, value] of decisions) {
        if (value.until <= now) decisions.delete(key);
      }
    }
    return result;
  }

  return {
    allowed,
    async require(credentials: BackstageCredentials, entityRef: string) {
      if (!(await allowed(credentials, [entityRef])).has(entityRef)) {
        throw new NotAllowedError(
          `You may not read the network exposure of ${entityRef}`,
        );
      }
    },
  };
}

export type EntityReadAuthorizer = ReturnType<
  typeof createEntityReadAuthorizer
>;
