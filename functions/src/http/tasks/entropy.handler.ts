import { isDomainError, workflowUseCases as uc } from '@double-random/domain';
import { httpHandler, officeOrDepartment, ok } from '../middleware';
import { EntropyBodySchema, TaskPathSchema } from './tasks.schemas';
import { orUnavailable, settle, workflowDeps } from './workflow-deps';

/**
 * POST /tasks/{taskId}/entropy: the office enters the entropy the commitment named; the
 * waiting AwaitEntropy step is settled (or settles itself when it has not stored its token).
 */
export const handler = httpHandler({
  auth: 'required',
  access: officeOrDepartment('enter draw entropy'),
  path: TaskPathSchema,
  body: EntropyBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () => {
      const cmd = { actor, taskId: path.taskId, entropy: body.entropy };
      let task: Awaited<ReturnType<typeof uc.acceptEntropy>>;
      for (let attempt = 1; ; attempt++) {
        try {
          task = await uc.acceptEntropy(workflowDeps(), cmd);
          break;
        } catch (error) {
          // The workflow moves the task to AwaitingEntropy right after the commitment: an
          // entry racing that move reads the task again (acceptance is idempotent).
          if (!(isDomainError(error) && error.code === 'TASK.STALE') || attempt >= 5) throw error;
        }
      }
      const settled = await settle(task.id);
      return ok({ task, settled });
    }),
});
