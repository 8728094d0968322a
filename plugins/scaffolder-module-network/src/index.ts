/**
 * Scaffolder form fields for network exposure.
 *
 * @packageDocumentation
 */
export { scaffolderModuleNetwork as default } from './module';
