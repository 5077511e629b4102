// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { buildWorkflowRuntimeOnFirstUse } from '../composition';
import { STATE_HANDLERS } from '../workflow';

/**
 * The state handlers' Lambda entry. Every state is its own function in the workflow stack
 * (own role, own grants), each built from this file with `handler` set to the state's export.
 * They get BLOB_BUCKET (cdk/src/workflow) and no state machine ARN: they settle waits by token.
 */
buildWorkflowRuntimeOnFirstUse();

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
