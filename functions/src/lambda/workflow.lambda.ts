import type { WorkflowDeps } from '@double-random/domain';
import { createDocumentClient } from '@double-random/store';
import { dependencies } from '../composition';
import { config } from '../config';
import {
  createStepFunctionsEngine,
  createWorkflowTokenStore,
  onWorkflowRuntimeMissing,
  STATE_HANDLERS,
} from '../workflow';

/**
 * The state handlers' Lambda entry. Every state is its own function in the workflow stack
 * (own role, own grants), each built from this file with `handler` set to the state's export.
 */
onWorkflowRuntimeMissing(() => {
  const cfg = config();
  const client = createDocumentClient({
    region: cfg.region,
    ...(cfg.dynamoEndpoint ? { endpoint: cfg.dynamoEndpoint } : {}),
  });
  const deps = dependencies();
  // bundles and draw records are blobs: the state functions get BLOB_BUCKET (cdk/src/workflow)
  if (!deps.bundles || !deps.draws)
    throw new Error('workflow: BLOB_BUCKET or BLOB_DIR is required for bundles and draw records');
  const workflowDeps: WorkflowDeps = { ...deps, bundles: deps.bundles, draws: deps.draws };
  return {
    deps: workflowDeps,
    tokens: createWorkflowTokenStore({ client, tableName: cfg.tableName }),
    engine: createStepFunctionsEngine({}),
  };
});

export const {
  loadTask,
  freeze,
  commit,
  awaitEntropy,
  draw,
  notify,
  prepareInspection,
  awaitResult,
  replaceTarget,
  checkOverdue,
  publish,
  handoff,
  finish,
  recordFailure,
} = STATE_HANDLERS;
