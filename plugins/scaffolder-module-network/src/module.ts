import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';

/** `scaffolder-form-field:scaffolder/network-exposure`, attached to the scaffolder's form fields. */
export const networkExposureFormFieldExtension = FormFieldBlueprint.make({
  name: 'network-exposure',
  params: {
    field: () =>
      import('./field/formField').then(m => m.networkExposureFormField),
  },
});

/**
 * Scaffolder form fields of the network suite: the NetworkExposure field of the "new service"
 * template.
 * @public
 */
export const scaffolderModuleNetwork = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [networkExposureFormFieldExtension],
});
