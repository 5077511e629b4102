export {
  InspectionWorkflow,
  type InspectionWorkflowProps,
  STATE_MACHINE_NAME,
  WORKFLOW_ENTRY,
} from './inspection-workflow';
export { WorkflowStack, type WorkflowStackProps } from './workflow-stack';
