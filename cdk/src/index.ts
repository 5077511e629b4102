export {
  ApiStack,
  type ApiStackProps,
  type BlobAccess,
  DEFAULT_THROTTLE,
  EMBEDDED_ONLY_MODULES,
  userGroupNames,
} from './api-stack';
export { BLOB_ACCESS, buildApp, type DoubleRandomStacks, WORKFLOW_DRIVERS } from './app';
export { DataStack } from './data-stack';
export { checkAwsSolutions } from './nag';
export { LAMBDA_ENTRY_DIR, REPO_ROOT } from './paths';
export {
  type ApiRoute,
  lambdaEntryOf,
  type RouteGroup,
  routeGroupsOf,
  type TableAccess,
  tableAccessOf,
} from './route-groups';
export {
  InspectionWorkflow,
  type InspectionWorkflowProps,
  STATE_MACHINE_NAME,
  WORKFLOW_ENTRY,
  WorkflowStack,
  type WorkflowStackProps,
} from './workflow';
