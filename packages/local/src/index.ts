export { type LocalConfig, loadConfig } from './config';
export { ConfigError, UsageError } from './errors';
export {
  type Gateway,
  type GatewayLog,
  type GatewayOptions,
  type GatewayRoute,
  startGateway,
} from './gateway';
export {
  groupsFor,
  type IssueTokenOptions,
  KEY_FILE_NAME,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  LOCAL_ROLES,
  type LocalIdentity,
  type LocalRole,
  openLocalIdentity,
  type TokenVerifier,
  type VerifiedToken,
} from './identity';
