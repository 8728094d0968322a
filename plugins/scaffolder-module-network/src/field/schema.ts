import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

/**
 * The field's value and options. The value's keys are `network:expose` inputs (plus the optional
 * `networkPlan` for the review step); other keys of the step it renders pass through untouched.
 *
 * @public
 */
export const NetworkExposureFieldSchema = makeFieldSchema({
  output: z =>
    z
      .object({
        exposure: z.object({
          mode: z
            .enum(['internal', 'shared', 'own'])
            .describe(
              'internal: private name only; shared: api.<zone>/v1/<name>; own: its own public hostname',
            ),
          path: z.string().optional().describe('Path prefix'),
          hostname: z.string().optional().describe('Public hostname (own)'),
        }),
        ports: z.object({
          http: z.number().describe('HTTP port'),
          grpc: z.number().optional().describe('gRPC port; absent: none'),
        }),
        metricsPort: z
          .number()
          .optional()
          .describe('Port Prometheus scrapes; absent: the HTTP port'),
        callers: z.array(z.string()).describe('Entities that may call it'),
        callees: z.array(z.string()).describe('Entities it calls'),
        dataServices: z
          .array(z.enum(['postgresql', 'kafka', 'valkey']))
          .describe('Managed data services it uses'),
        networkPlan: z
          .array(z.string())
          .optional()
          .describe('The plan in words, for the review step'),
      })
      .passthrough(),
  uiOptions: z =>
    z.object({
      publicZones: z
        .array(z.string())
        .optional()
        .describe('Public zones. Default [localplus.io]'),
      privateZones: z
        .array(z.string())
        .optional()
        .describe('Private zones. Default [internal.localplus.io]'),
      dataServicesCidr: z
        .string()
        .optional()
        .describe('Data services peering range. Default 10.100.0.0/16'),
      vpcEndpointsCidr: z
        .string()
        .optional()
        .describe('AWS VPC endpoints range. Default 10.0.16.0/20'),
      entityNamespace: z
        .string()
        .optional()
        .describe('Namespace of the created component. Default default'),
    }),
});

/** @public */
export type NetworkExposureFieldProps =
  typeof NetworkExposureFieldSchema.TProps;

/** The field's value as the form holds it. @public */
export type NetworkExposureFormData = typeof NetworkExposureFieldSchema.TOutput;
