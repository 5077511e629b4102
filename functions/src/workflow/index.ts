export {
  onWorkflowRuntimeMissing,
  setWorkflowRuntime,
  WORKFLOW_ACTOR,
  type WorkflowRuntime,
  workflowRuntime,
} from './runtime';
export { createStepFunctionsEngine, executionName } from './sfn-engine';
export {
  type Inspection,
  MAX_WAIT_SECONDS,
  STATE_HANDLERS,
  type StateHandlerName,
  waitSeconds,
  windowCloses,
} from './states';
export { StateError, type StateHandler, stateHandler } from './task-handler';
export { createWorkflowTokenStore } from './token-store';
export {
  ENTROPY_SLOT,
  type InspectionOutcome,
  inspectionOutcome,
  resultSlot,
  settleWaits,
} from './waits';
