import { workflowUseCases as uc } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { TaskPageQuerySchema, TaskPathSchema } from './tasks.schemas';
import { orUnavailable, workflowDeps } from './workflow-deps';

/** GET /tasks/{taskId}/assignments: the task's assignments a page at a time (as the detail's). */
export const handler = httpHandler({
  auth: 'required',
  path: TaskPathSchema,
  query: TaskPageQuerySchema,
  handler: async ({ actor, path, query }) =>
    orUnavailable(async () => {
      const task = await uc.getTask(workflowDeps(), { actor, taskId: path.taskId });
      return ok(
        await dependencies().taskPages.assignments(
          task.id,
          query.cursor ? { limit: query.limit, cursor: query.cursor } : { limit: query.limit },
        ),
      );
    }),
});
