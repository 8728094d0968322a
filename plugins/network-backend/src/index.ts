/**
 * The network backend plugin: sources, index and REST API.
 *
 * @packageDocumentation
 */
export { networkPlugin as default } from './plugin';
