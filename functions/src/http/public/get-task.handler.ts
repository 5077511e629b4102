import { jsonAnswer } from '../answers';
import { httpHandler } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { TaskIdPathSchema } from './public.schemas';
import { publicDeps, publicViews } from './public-deps';
import { getTask } from './public-reads';
import { publicTask } from './public-views';

/**
 * GET /tasks/{taskId}: one task, its commitment and draws, from its stored public view; the
 * view of a large draw by link (docs/text-and-limits.md).
 */
export const handler = httpHandler({
  auth: 'public',
  path: TaskIdPathSchema,
  handler: async ({ path }) =>
    orUnavailable(async () => {
      const views = publicViews();
      const deps = publicDeps();
      const task = views
        ? await publicTask(deps, views, path.taskId)
        : await getTask(deps, path.taskId);
      // a stored view is JSON text already
      return jsonAnswer(task);
    }),
});
