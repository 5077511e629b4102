import {
  type Actor,
  ConflictError,
  isDomainError,
  noteOnce,
  type Task,
  taskId,
  workflowUseCases as uc,
  type WorkflowDeps,
} from '@double-random/domain';
import { created, httpHandler, officeOrDepartment, ok } from '../middleware';
import { CreateTaskBodySchema } from './tasks.schemas';
import { orUnavailable, workflowDeps, workflowEngine } from './workflow-deps';

/** What a retry must repeat for it to be the same request. */
const sameRequest = (task: Task, body: { entropySource: string }) =>
  task.entropySource === body.entropySource;

/**
 * Starts the task's execution and notes it in the task's chain, so a retry knows. This is the
 * first start (attempt 0): its execution name is the task id's, so two racing retries both ask
 * for the same execution and only one runs.
 */
const start = async (deps: WorkflowDeps, actor: Actor, task: Task) => {
  const attempt = 0;
  const { executionId } = await workflowEngine().start(task.id, { attempt });
  await noteOnce(deps, task.id, `task.start/${attempt}`, {
    at: deps.clock.now(),
    actor: actor.sub,
    action: 'task.start',
    subject: task.id,
    data: { executionId, attempt },
  });
};

const started = async (deps: WorkflowDeps, id: string): Promise<boolean> => {
  let cursor: string | undefined;
  do {
    const page = await deps.audit.read(id, cursor ? { limit: 1000, cursor } : { limit: 1000 });
    if (page.items.some((e) => e.action === 'task.start')) return true;
    cursor = page.cursor;
  } while (cursor);
  return false;
};

/**
 * POST /tasks: the initiating department or the office creates a task from a planned task of an approved plan and starts
 * its execution. A retry (same planned task, same entropy source) answers 200 with the
 * stored task; it starts the execution only when no start is on record (the first attempt
 * failed before it), so a retry never runs a second execution.
 */
export const handler = httpHandler({
  auth: 'required',
  access: officeOrDepartment('create inspection tasks'),
  body: CreateTaskBodySchema,
  handler: async ({ actor, body }) =>
    orUnavailable(async () => {
      const deps = workflowDeps();
      try {
        const task = await uc.createTask(deps, { actor, input: body });
        // Without an engine the task stays Created (503); the retry starts it.
        await start(deps, actor, task);
        return created(task, `/tasks/${task.id}`);
      } catch (error) {
        if (!(isDomainError(error) && error.code === 'TASK.EXISTS')) throw error;
        const id = taskId(body.year, body.department, body.seq);
        const task = await uc.getTask(deps, { actor, taskId: id });
        if (!sameRequest(task, body))
          throw new ConflictError(
            'TASK.EXISTS',
            `task ${id} exists with entropy source ${task.entropySource}; a task is created once`,
            { field: 'seq', rule: 'one task per planned task', value: body.seq },
          );
        if (task.stage === 'Created' && !(await started(deps, id))) await start(deps, actor, task);
        return ok(task);
      }
    }),
});
