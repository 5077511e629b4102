import { httpHandler, ok } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { TaskIdPathSchema } from './public.schemas';
import { publicDeps } from './public-deps';
import { verifyAudit } from './public-reads';

/** GET /tasks/{taskId}/audit/verify: anyone can check that the task's record is unbroken. */
export const handler = httpHandler({
  auth: 'public',
  path: TaskIdPathSchema,
  handler: async ({ path }) =>
    orUnavailable(async () => ok(await verifyAudit(publicDeps(), path.taskId))),
});
