/**
 * The network suite's shared model, permissions and annotation keys. No I/O.
 *
 * @packageDocumentation
 */
export * from './permissions';
export * from './annotations';
export * from './model';
export * from './api';
export * from './validation';
export * from './policy';
