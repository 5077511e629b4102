export {
  definitionFromTemplate,
  LOCAL_ACCOUNT,
  LOCAL_REGION,
  type LocalDefinition,
  type LocalTaskState,
  localDefinition,
  localFunctionArn,
  synthesizeWorkflowTemplate,
  validateDefinition,
} from './definition';
export {
  createLocalWorkflowEngine,
  type EngineLog,
  type ExecutionRecord,
  type LocalWorkflowEngine,
  UNFINISHED_STAGES,
} from './local-engine';
