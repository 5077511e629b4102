import {
  completeLeftChanges,
  type InspectionResult,
  type PublicResultIndex,
  type Task,
  type WorkflowDeps,
  type WorkflowEngine,
  type WorkflowTokenStore,
} from '@double-random/domain';
import { dependencies } from '../../composition';
import { type WorkflowRuntime, workflowRuntime } from '../../workflow/runtime';
import { settleWaits } from '../../workflow/waits';
import type { HttpReply } from '../middleware';
import { logger } from '../middleware/logger';

const WORKFLOW_PARTS = [
  'tasks',
  'history',
  'bundles',
  'commitments',
  'witnesses',
  'draws',
  'assignments',
  'results',
  'handoffs',
  'audit',
  'intents',
  'calendars',
] as const satisfies readonly (keyof WorkflowDeps)[];

/** A part of the runtime this deployment lacks; the routes answer 503 naming it. */
export class UnavailableError extends Error {
  override readonly name = 'UnavailableError';
  readonly code = 'WORKFLOW.UNAVAILABLE';
}

const unavailable = (part: string) =>
  new UnavailableError(`this deployment has no ${part}: the workflow is not wired`);

const missing = (part: string): never => {
  throw unavailable(part);
};

/**
 * A stand-in that refuses every call, so a use case still authorises (which needs no
 * store) before the missing part is reached: a stranger gets 403, not 503.
 */
const absent = <T extends object>(part: string): T =>
  new Proxy({} as T, {
    get: (_t, key) => (key === 'then' ? undefined : () => Promise.reject(unavailable(part))),
  });

/** The composition as the workflow routes read it: parts wired by other modules are optional. */
type Composed = Partial<WorkflowDeps> & {
  workflow?: WorkflowEngine;
  tokens?: WorkflowTokenStore;
  publicResults?: PublicResultIndex;
};

const composed = (): Composed => dependencies() as unknown as Composed;

/** The use cases' dependencies; an absent repository refuses with 503 when first used. */
export const workflowDeps = (): WorkflowDeps => {
  const deps = composed();
  const out: Record<string, unknown> = { ...deps };
  for (const part of WORKFLOW_PARTS) out[part] ??= absent(`${part} repository`);
  return out as unknown as WorkflowDeps;
};

/** The published-results index behind GET /results. */
export const publicResultIndex = (): PublicResultIndex =>
  composed().publicResults ?? absent<PublicResultIndex>('published-results index');

/** The workflow runtime the state handlers use, when one is installed or can be built. */
const installed = (): WorkflowRuntime | undefined => {
  try {
    return workflowRuntime();
  } catch {
    return undefined;
  }
};

/** The engine and its token store: from the composition, else from the installed runtime. */
const engineParts = (): { workflow?: WorkflowEngine; tokens?: WorkflowTokenStore } => {
  const { workflow, tokens } = composed();
  if (workflow && tokens) return { workflow, tokens };
  const rt = installed();
  return rt ? { workflow: rt.engine, tokens: rt.tokens } : { ...(workflow ? { workflow } : {}) };
};

/** The engine, or a 503 when this runtime runs no workflow. */
export const workflowEngine = (): WorkflowEngine =>
  engineParts().workflow ?? missing('workflow engine');

/**
 * Settles the task's waits whose condition now holds (entropy accepted, a result in; after a
 * result, `only` its target's). A wait
 * whose token is not stored yet settles itself when its state runs, so nothing is lost when
 * the API call comes first; a runtime without an engine has nothing waiting.
 */
export const settle = async (
  taskId: string,
  only?: { target: string; task?: Task; result?: InspectionResult },
): Promise<string[]> => {
  const { workflow, tokens } = engineParts();
  if (!workflow || !tokens) return [];
  const rt: WorkflowRuntime = { deps: workflowDeps(), engine: workflow, tokens };
  return settleWaits(rt, taskId, only);
};

/**
 * The use cases' dependencies once the changes a crash left on the task (older than a minute)
 * are completed: an API write is the task's next touch (docs/consistency.md).
 */
export const touchedDeps = async (taskId: string): Promise<WorkflowDeps> => {
  const deps = workflowDeps();
  try {
    await completeLeftChanges(deps, taskId);
  } catch (error) {
    // Best effort: the request goes on (a deployment without the workflow answers 503 from
    // the use case, after authorisation; a change this function may not make, such as a
    // draw's records, is left to the workflow's next touch).
    if (!(error instanceof UnavailableError))
      logger.warn('open changes left for later', {
        taskId,
        error: error instanceof Error ? error.message : String(error),
      });
  }
  return deps;
};

/** Runs a handler body, answering 503 when a part of the workflow is not wired. */
export const orUnavailable = async (body: () => Promise<HttpReply>): Promise<HttpReply> => {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof UnavailableError)) throw error;
    return { statusCode: 503, body: { error: { code: error.code, message: error.message } } };
  }
};
