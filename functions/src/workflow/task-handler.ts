import { isDomainError, resumeWorkflowChanges } from '@double-random/domain';
import type { PublicViewStore } from '@double-random/store';
import middy, { type MiddyfiedHandler } from '@middy/core';
import type { z } from 'zod';
import { logger } from '../http/middleware/logger';
import type { PublicDeps } from '../http/public/public-reads';
import { RESTING_STATES, refreshAfterChange } from '../http/public/public-views';
import { powertoolsMiddlewares } from '../observability';
import { type WorkflowRuntime, workflowRuntime } from './runtime';

/**
 * The error a state fails with. Step Functions matches Catch and Retry on the error's name,
 * so a domain refusal fails under its stable code (`DRAW.DIGEST_MISMATCH`) with its message
 * as the cause; anything else keeps its own name.
 */
export class StateError extends Error {
  constructor(name: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = name;
  }
}

const toStateError = (state: string, e: unknown): Error => {
  if (isDomainError(e)) return new StateError(e.code, `${state}: ${e.message}`, { cause: e });
  // the cause names the state, so the task's recorded failure says where it happened
  if (e instanceof Error) return new StateError(e.name, `${state}: ${e.message}`, { cause: e });
  return new StateError('States.TaskFailed', `${state}: ${String(e)}`);
};

/** The states that wait for the API (entropy, an inspection's results). */
const WAITING_STATES: ReadonlySet<string> = new Set(['AwaitEntropy', 'AwaitResult']);

export type StateHandler<I, O> = MiddyfiedHandler<unknown, O> & {
  readonly state: string;
  readonly run: (input: I, rt: WorkflowRuntime) => Promise<O>;
};

/**
 * The shared middy stack of workflow tasks: the state's input parsed with its zod schema
 * (a malformed input is a `WORKFLOW.INPUT_INVALID` failure the catch state records), the
 * handler on the installed runtime, the output checked against its schema, one log line per
 * call and domain errors turned into named state errors.
 */
export const stateHandler = <I extends z.ZodType, O extends z.ZodType>(
  state: string,
  schemas: { input: I; output: O },
  run: (input: z.infer<I>, rt: WorkflowRuntime) => Promise<z.infer<O>>,
): StateHandler<z.infer<I>, z.infer<O>> => {
  const handler = middy<unknown, z.infer<O>>()
    .use(powertoolsMiddlewares())
    .use({
      onError: async (request) => {
        const error = toStateError(state, request.error);
        const taskId = (request.event as { taskId?: unknown } | undefined)?.taskId;
        logger.error('workflow state failed', {
          state,
          code: error.name,
          message: error.message,
          ...(typeof taskId === 'string' ? { taskId, correlationId: taskId } : {}),
        });
        request.error = error;
      },
    })
    .handler(async (event) => {
      const parsed = schemas.input.safeParse(event);
      if (!parsed.success)
        throw new StateError(
          'WORKFLOW.INPUT_INVALID',
          `${state}: input ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      const started = Date.now();
      const rt = workflowRuntime();
      // The next touch of a task completes the changes a crash left open on it. Best effort:
      // a state whose role may not make a change (LoadTask reads only; a draw needs the
      // bundle bucket) leaves it to the state that makes such changes, or to the next touch.
      // A waiting state moves nothing itself and runs while the API writes (an inspection's
      // wait starts as another's result comes in, a thousand waits in a large task): it
      // leaves what is open to the task's next API write, its other states and the resumer.
      const taskId = (parsed.data as { taskId?: unknown }).taskId;
      if (typeof taskId === 'string' && !WAITING_STATES.has(state))
        await resumeWorkflowChanges(rt.deps, taskId).catch((error: unknown) =>
          logger.warn('workflow state: open changes left for later', {
            state,
            taskId,
            error: error instanceof Error ? error.message : String(error),
          }),
        );
      const output = schemas.output.parse(await run(parsed.data, rt));
      // where the task comes to rest, its public view is stored (docs/public-views.md)
      if (typeof taskId === 'string' && RESTING_STATES.has(state)) {
        const views = (rt.deps as { publicViews?: PublicViewStore }).publicViews;
        await refreshAfterChange(rt.deps as PublicDeps, views, taskId);
      }
      logger.info('workflow state', {
        state,
        ms: Date.now() - started,
        ...(typeof taskId === 'string' ? { taskId, correlationId: taskId } : {}),
      });
      return output;
    });
  return Object.assign(handler, { state, run });
};
