/**
 * Pure input validators shared by the scaffolder actions (server side) and the wizard (browser).
 * Each returns the reason a value is refused, in words a developer understands, or `undefined`.
 */
export { validateDns1123Label, DNS1123_LABEL_MAX_LENGTH } from './dns1123';
export { validatePublicHostname } from './hostnames';
export { validatePrivateName, defaultPrivateName } from './privateNames';
export {
  validateGatewayPath,
  normaliseGatewayPathPrefix,
  type GatewayPathType,
} from './gatewayPaths';
export { validatePort } from './ports';
export { validateCidr } from './cidrs';
export { zoneOf } from './zones';
