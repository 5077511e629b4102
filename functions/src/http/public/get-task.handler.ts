import { httpHandler, ok } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { TaskIdPathSchema } from './public.schemas';
import { publicDeps, publicViews } from './public-deps';
import { getTask } from './public-reads';
import { publicTask } from './public-views';

/** GET /tasks/{taskId}: one task, its commitment and draws, from its stored public view. */
export const handler = httpHandler({
  auth: 'public',
  path: TaskIdPathSchema,
  handler: async ({ path }) =>
    orUnavailable(async () => {
      const views = publicViews();
      const deps = publicDeps();
      return ok(
        views ? await publicTask(deps, views, path.taskId) : await getTask(deps, path.taskId),
      );
    }),
});
