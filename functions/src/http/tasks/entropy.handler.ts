import { workflowUseCases as uc } from '@double-random/domain';
import { httpHandler, ok } from '../middleware';
import { EntropyBodySchema, TaskPathSchema } from './tasks.schemas';
import { orUnavailable, settle, workflowDeps } from './workflow-deps';

/**
 * POST /tasks/{taskId}/entropy: the office enters the entropy the commitment named; the
 * waiting AwaitEntropy step is settled (or settles itself when it has not stored its token).
 */
export const handler = httpHandler({
  auth: 'required',
  path: TaskPathSchema,
  body: EntropyBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () => {
      const task = await uc.acceptEntropy(workflowDeps(), {
        actor,
        taskId: path.taskId,
        entropy: body.entropy,
      });
      const settled = await settle(task.id);
      return ok({ task, settled });
    }),
});
