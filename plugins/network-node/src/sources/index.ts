export type { NetworkSource } from './types';
export { networkSourcesExtensionPoint } from './extensionPoint';
export type { NetworkSourcesExtensionPoint } from './extensionPoint';
export * from './gitops';
export * from './cloudflare';
export * from './route53';
export * from './kubernetes';
