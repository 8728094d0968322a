/**
 * The network suite's shared model, permissions and annotation keys. No I/O.
 *
 * @packageDocumentation
 */
export * from './permissions';
export * from './annotations';
export * from './model/sources';
export * from './model/view';
export * from './api';
