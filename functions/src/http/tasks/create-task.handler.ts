import {
  ConflictError,
  isDomainError,
  type Task,
  taskId,
  workflowUseCases as uc,
} from '@double-random/domain';
import { created, httpHandler, ok } from '../middleware';
import { CreateTaskBodySchema } from './tasks.schemas';
import { orUnavailable, workflowDeps, workflowEngine } from './workflow-deps';

/** What a retry must repeat for it to be the same request. */
const sameRequest = (task: Task, body: { entropySource: string }) =>
  task.entropySource === body.entropySource;

/**
 * POST /tasks: the office creates a task from a planned task of an approved plan and starts
 * its execution. A retry (same planned task, same entropy source) answers 200 with the
 * stored task; the execution is started again only while the task has not moved, and the
 * engine names executions by task id, so a retry never runs a second one.
 */
export const handler = httpHandler({
  auth: 'required',
  body: CreateTaskBodySchema,
  handler: async ({ actor, body }) =>
    orUnavailable(async () => {
      const deps = workflowDeps();
      try {
        const task = await uc.createTask(deps, { actor, input: body });
        // Without an engine the task stays Created (503); the retry starts it.
        await workflowEngine().start(task.id);
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
        if (task.stage === 'Created') await workflowEngine().start(task.id);
        return ok(task);
      }
    }),
});
