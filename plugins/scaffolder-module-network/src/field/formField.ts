import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { NetworkExposureField } from '../components/NetworkExposureField';
import { NetworkExposureFieldSchema } from './schema';
import { validateNetworkExposure } from './validation';

/** The name templates use: `ui:field: NetworkExposure`. @public */
export const NETWORK_EXPOSURE_FIELD_NAME = 'NetworkExposure';

/** The field for the new frontend system, loaded lazily by its blueprint. */
export const networkExposureFormField = createFormField({
  name: NETWORK_EXPOSURE_FIELD_NAME,
  component: NetworkExposureField,
  validation: validateNetworkExposure,
  schema: NetworkExposureFieldSchema,
});
