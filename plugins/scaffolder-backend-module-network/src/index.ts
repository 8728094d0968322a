/**
 * Scaffolder actions that create routes, policies, tunnel entries and DNS records.
 *
 * @packageDocumentation
 */
export { scaffolderModuleNetwork as default } from './module';
