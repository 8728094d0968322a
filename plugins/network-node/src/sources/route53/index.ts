export {
  ROUTE53_SOURCE_ID,
  createRoute53Source,
  type Route53SourceOptions,
} from './createRoute53Source';
export {
  createRoute53Client,
  DEFAULT_ROUTE53_REQUEST_TIMEOUT_MS,
} from './createRoute53Client';
export {
  readRoute53SourceConfig,
  DEFAULT_ROUTE53_REGION,
  type Route53SourceConfig,
} from './readRoute53SourceConfig';
export { normaliseDnsName, normaliseRecordValue } from './normaliseDnsName';
export {
  assignTxtOwners,
  ownershipTxtNames,
  parseTxtOwner,
  unquoteTxtValue,
} from './txtOwnership';
