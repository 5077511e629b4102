import { deadlineLights, shanghaiDate, workflowUseCases as uc } from '@double-random/domain';
import { dependencies } from '../../composition';
import { jsonAnswer } from '../answers';
import { httpHandler } from '../middleware';
import { DetailQuerySchema, TaskPathSchema } from './tasks.schemas';
import { orUnavailable, workflowDeps } from './workflow-deps';

/**
 * GET /tasks/{taskId}/detail: the whole task for the office and its departments, its
 * assignments and results up to `limit` each; a larger draw's others come by the cursors from
 * /tasks/{taskId}/assignments and /results (docs/text-and-limits.md). Its red lights are one
 * per unpublished result: a task with tens of thousands waiting is answered by link.
 */
export const handler = httpHandler({
  auth: 'required',
  path: TaskPathSchema,
  query: DetailQuerySchema,
  handler: async ({ actor, path, query }) =>
    orUnavailable(async () => {
      const deps = workflowDeps();
      const pages = dependencies().taskPages;
      const task = await uc.getTask(deps, { actor, taskId: path.taskId });
      const [assignments, results, handoffs] = await Promise.all([
        pages.assignments(task.id, { limit: query.limit }),
        pages.results(task.id, { limit: query.limit }),
        deps.handoffs.listByTask(task.id),
      ]);
      // the lights are every result's: from the page when it holds them all, else read whole
      const lights = results.cursor
        ? await uc.deadlineReport(deps, { actor, taskId: task.id })
        : deadlineLights(results.items, shanghaiDate(deps.clock.now()));
      return jsonAnswer({
        task,
        lights,
        assignments: assignments.items,
        ...(assignments.cursor ? { assignmentsCursor: assignments.cursor } : {}),
        results: results.items,
        ...(results.cursor ? { resultsCursor: results.cursor } : {}),
        handoffs,
      });
    }),
});
