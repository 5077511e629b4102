import type { WorkflowDeps } from '@double-random/domain';
import { createDocumentClient } from '@double-random/store';
import { dependencies } from '../composition';
import { config } from '../config';
import { dispatch } from '../http/dispatch';
import { taskRoutes } from '../http/tasks/tasks.routes';
import {
  createStepFunctionsEngine,
  createWorkflowTokenStore,
  onWorkflowRuntimeMissing,
} from '../workflow';

/**
 * The workflow routes settle the state machine's waits (entropy, results) with the stored
 * task tokens, so this function builds the same runtime as the state functions on its first
 * use. Settling needs only the token; starting an execution also needs the state machine's
 * ARN, which the configuration does not carry yet: POST /tasks refuses to start without it.
 */
onWorkflowRuntimeMissing(() => {
  const cfg = config();
  const client = createDocumentClient({
    region: cfg.region,
    ...(cfg.dynamoEndpoint ? { endpoint: cfg.dynamoEndpoint } : {}),
  });
  const deps = dependencies();
  if (!deps.bundles || !deps.draws)
    throw new Error('tasks: BLOB_BUCKET or BLOB_DIR is required for bundles and draw records');
  const workflowDeps: WorkflowDeps = { ...deps, bundles: deps.bundles, draws: deps.draws };
  return {
    deps: workflowDeps,
    tokens: createWorkflowTokenStore({ client, tableName: cfg.tableName }),
    engine: createStepFunctionsEngine({}),
  };
});

export const groupRoutes = taskRoutes;
export const handler = dispatch(groupRoutes);
