import { jsonAnswer } from '../answers';
import { httpHandler } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { TaskIdPathSchema } from './public.schemas';
import { publicDeps } from './public-deps';
import { verifyAudit } from './public-reads';

/**
 * GET /tasks/{taskId}/audit/verify: anyone can check that the task's record is unbroken; a
 * long chain's answer by link (docs/text-and-limits.md).
 */
export const handler = httpHandler({
  auth: 'public',
  path: TaskIdPathSchema,
  handler: async ({ path }) =>
    orUnavailable(async () => jsonAnswer(await verifyAudit(publicDeps(), path.taskId))),
});
