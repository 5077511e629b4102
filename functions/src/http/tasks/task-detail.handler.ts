import { workflowUseCases as uc } from '@double-random/domain';
import { httpHandler, ok } from '../middleware';
import { TaskPathSchema } from './tasks.schemas';
import { orUnavailable, workflowDeps } from './workflow-deps';

/** GET /tasks/{taskId}/detail: the whole task for the office and its departments. */
export const handler = httpHandler({
  auth: 'required',
  path: TaskPathSchema,
  handler: async ({ actor, path }) =>
    orUnavailable(async () => {
      const deps = workflowDeps();
      const task = await uc.getTask(deps, { actor, taskId: path.taskId });
      const [lights, assignments, results, handoffs] = await Promise.all([
        uc.deadlineReport(deps, { actor, taskId: task.id }),
        deps.assignments.listByTask(task.id),
        deps.results.listByTask(task.id),
        deps.handoffs.listByTask(task.id),
      ]);
      return ok({ task, lights, assignments, results, handoffs });
    }),
});
