import { httpHandler, JSON_CONTENT_TYPE, ok } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { TasksQuerySchema } from './public.schemas';
import { publicDeps, publicViews } from './public-deps';
import { listTasks } from './public-reads';
import { publicTaskList } from './public-views';

/** GET /tasks?year=: the year's task summaries by task id, highest first (docs/public-views.md). */
export const handler = httpHandler({
  auth: 'public',
  query: TasksQuerySchema,
  handler: async ({ query }) =>
    orUnavailable(async () => {
      const { year, limit, cursor } = query;
      const q = { year, limit, ...(cursor ? { cursor } : {}) };
      const views = publicViews();
      const deps = publicDeps();
      // the stored summaries' texts put together: nothing parsed or serialised again
      return views
        ? ok(await publicTaskList(deps, views, q), { 'content-type': JSON_CONTENT_TYPE })
        : ok(await listTasks(deps, q));
    }),
});
