/**
 * Scaffolder form fields for network exposure.
 *
 * The default export is the scaffolder module for the new frontend system (discovered by apps
 * with `app.packages: all`); `NetworkExposureFieldExtension` serves legacy apps.
 *
 * @packageDocumentation
 */
export { scaffolderModuleNetwork as default } from './module';
export {
  NetworkExposureFieldExtension,
  scaffolderNetworkFieldsPlugin,
} from './legacy';
export { NetworkExposureField } from './components/NetworkExposureField';
export {
  NetworkExposureFieldSchema,
  type NetworkExposureFieldProps,
} from './field/schema';
export { validateNetworkExposure } from './field/validation';
export type { NetworkExposureUiOptions } from './model/options';
export type {
  NetworkExposureValue,
  ExposureMode,
  DataService,
} from './model/value';
