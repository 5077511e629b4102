import { httpHandler, ok } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { TasksQuerySchema } from './public.schemas';
import { publicDeps, publicViews } from './public-deps';
import { listTasks } from './public-reads';
import { publicTaskList } from './public-views';

/** GET /tasks?year=: the year's task summaries by task id, highest first, one Query a page. */
export const handler = httpHandler({
  auth: 'public',
  query: TasksQuerySchema,
  handler: async ({ query }) =>
    orUnavailable(async () => {
      const { year, limit, cursor } = query;
      const q = { year, limit, ...(cursor ? { cursor } : {}) };
      const views = publicViews();
      const deps = publicDeps();
      return ok(views ? await publicTaskList(deps, views, q) : await listTasks(deps, q));
    }),
});
