// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { buildWorkflowRuntimeOnFirstUse } from '../composition';
import { dispatch } from '../http/dispatch';
import { taskRoutes } from '../http/tasks/tasks.routes';

/**
 * POST /tasks starts the task's execution (STATE_MACHINE_ARN, set by the workflow stack) and
 * the entropy and results routes settle the state machine's waits with the stored tokens:
 * this function builds the same runtime as the state functions, once per cold start.
 */
buildWorkflowRuntimeOnFirstUse();

export const groupRoutes = taskRoutes;
export const handler = dispatch(groupRoutes);
