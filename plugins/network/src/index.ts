/**
 * The network frontend plugin: the entity Network tab and overview card.
 *
 * @packageDocumentation
 */
export { networkPlugin as default } from './plugin';
