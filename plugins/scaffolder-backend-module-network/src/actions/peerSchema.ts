import type { Zod } from './planSchema';

/** Callers and callees of a policy: catalog entities and the ports of the allowed traffic. */
export const peersInput = (z: Zod, direction: 'from' | 'to') =>
  z
    .array(
      z.object({
        entityRef: z
          .string()
          .describe(
            'Catalog entity, resolved to its namespace and workload labels (backstage.io/kubernetes-* annotations)',
          ),
        ports: z
          .array(z.number())
          .describe(
            direction === 'from'
              ? 'Ports of this service the entity may call'
              : 'Ports of the entity this service may call',
          ),
      }),
    )
    .optional();
