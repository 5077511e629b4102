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
  return {
    // the composition root carries the workflow repositories next to the directories
    deps: dependencies() as unknown as WorkflowDeps,
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
