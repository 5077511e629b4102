import { httpHandler, ok } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { TaskIdPathSchema } from './public.schemas';
import { publicDeps } from './public-deps';
import { getTask } from './public-reads';

/** GET /tasks/{taskId}: one task, its commitment and draws as soon as they exist. */
export const handler = httpHandler({
  auth: 'public',
  path: TaskIdPathSchema,
  handler: async ({ path }) =>
    orUnavailable(async () => ok(await getTask(publicDeps(), path.taskId))),
});
