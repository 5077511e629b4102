import { httpHandler, ok } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { TasksQuerySchema } from './public.schemas';
import { publicDeps } from './public-deps';
import { listTasks } from './public-reads';

/** GET /tasks?year=: the year's tasks by task id, highest first, one index page at a time. */
export const handler = httpHandler({
  auth: 'public',
  query: TasksQuerySchema,
  handler: async ({ query }) =>
    orUnavailable(async () => {
      const { year, limit, cursor } = query;
      return ok(await listTasks(publicDeps(), { year, limit, ...(cursor ? { cursor } : {}) }));
    }),
});
