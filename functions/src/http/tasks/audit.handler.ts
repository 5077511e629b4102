import { assertOffice, NotFoundError } from '@double-random/domain';
import { httpHandler, officeOnly, ok } from '../middleware';
import { AuditQuerySchema, TaskPathSchema } from './tasks.schemas';
import { orUnavailable, workflowDeps } from './workflow-deps';

/** GET /tasks/{taskId}/audit: the full chain with actors and data, for the office. */
export const handler = httpHandler({
  auth: 'required',
  access: officeOnly('read audit chains'),
  path: TaskPathSchema,
  query: AuditQuerySchema,
  handler: async ({ actor, path, query }) =>
    orUnavailable(async () => {
      assertOffice(actor, 'read audit chains');
      const deps = workflowDeps();
      if (!(await deps.tasks.get(path.taskId)))
        throw new NotFoundError('TASK.NOT_FOUND', `task ${path.taskId} not found`, {
          value: path.taskId,
        });
      const page = await deps.audit.read(
        path.taskId,
        query.cursor ? { limit: query.limit, cursor: query.cursor } : { limit: query.limit },
      );
      return ok(page.cursor ? { items: page.items, cursor: page.cursor } : { items: page.items });
    }),
});
