import { createPlugin } from '@backstage/core-plugin-api';
import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { NetworkExposureField } from './components/NetworkExposureField';
import { NETWORK_EXPOSURE_FIELD_NAME } from './field/formField';
import { NetworkExposureFieldSchema } from './field/schema';
import { validateNetworkExposure } from './field/validation';

/**
 * The plugin that provides the field to legacy apps (the field needs the network plugin's
 * `networkApiRef` registered there too, or every check reports the backend unreachable).
 * @public
 */
export const scaffolderNetworkFieldsPlugin = createPlugin({
  id: 'scaffolder-network-fields',
});

/**
 * The NetworkExposure field for legacy apps: mount it inside `<ScaffolderFieldExtensions>`.
 * @public
 */
export const NetworkExposureFieldExtension =
  scaffolderNetworkFieldsPlugin.provide(
    createScaffolderFieldExtension({
      name: NETWORK_EXPOSURE_FIELD_NAME,
      component: NetworkExposureField,
      validation: validateNetworkExposure,
      schema: NetworkExposureFieldSchema.schema,
    }),
  );
