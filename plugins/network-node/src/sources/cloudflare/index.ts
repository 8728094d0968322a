export {
  CLOUDFLARE_SOURCE_ID,
  createCloudflareSource,
  type CloudflareSourceOptions,
} from './createCloudflareSource';
export {
  createCloudflareClient,
  DEFAULT_CLOUDFLARE_REQUEST_TIMEOUT_MS,
} from './createCloudflareClient';
export {
  readCloudflareSourceConfig,
  DEFAULT_CLOUDFLARE_BASE_URL,
  type CloudflareSourceConfig,
} from './readCloudflareSourceConfig';
export {
  OWNERSHIP_MARKER,
  formatOwnershipComment,
  parseOwnershipComment,
} from './ownershipComment';
