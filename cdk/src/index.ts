export {
  ApiStack,
  type ApiStackProps,
  type BlobAccess,
  DEFAULT_THROTTLE,
  EMBEDDED_ONLY_MODULES,
  LOCAL_CONSOLE_CALLBACK,
  userGroupNames,
} from './api-stack';
export {
  ANSWER_WRITERS,
  BLOB_ACCESS,
  type BuildOptions,
  buildApp,
  type DoubleRandomStacks,
  NOTIFYING_GROUPS,
  WORKFLOW_DRIVERS,
} from './app';
export {
  AUDIT_WRITE_ACTIONS,
  type AuditStorage,
  TABLE_WRITE_ACTIONS,
} from './audit-storage';
export { DataStack, DEFAULT_BLOB_RETENTION } from './data-stack';
export {
  type ClaimMapping,
  COGNITO_CLAIMS,
  claimEnvironment,
  type DeploymentOptions,
  DeploymentOptionsError,
  type DeploymentTarget,
  deploymentOptions,
  type IdentityOptions,
} from './deployment';
export {
  type LambdaBundleSize,
  lambdaBundleSize,
  lambdaEsbuildOptions,
  largestInputs,
} from './lambda-bundle';
export { checkAwsSolutions } from './nag';
export { openApiBundling } from './node-function';
export { NotificationStack, type NotificationStackProps } from './notification-stack';
export { BUSINESS_METRICS, OpsStack, type OpsStackProps } from './ops-stack';
export { LAMBDA_ENTRY_DIR, REPO_ROOT, SITE_DIST } from './paths';
export {
  type ApiRoute,
  lambdaEntryOf,
  type RouteGroup,
  routeGroupsOf,
  type TableAccess,
  tableAccessOf,
} from './route-groups';
export {
  HASHED_CACHE_CONTROL,
  REVALIDATED_CACHE_CONTROL,
  REVALIDATED_FILES,
  SiteStack,
  type SiteStackProps,
} from './site-stack';
export {
  InspectionWorkflow,
  type InspectionWorkflowProps,
  STATE_MACHINE_NAME,
  WORKFLOW_ENTRY,
  WorkflowStack,
  type WorkflowStackProps,
} from './workflow';
