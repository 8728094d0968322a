/**
 * The network suite's shared model, permissions and annotation keys. No I/O.
 *
 * @packageDocumentation
 */
export * from './permissions';
export * from './annotations';
