import { workflowUseCases as uc } from '@double-random/domain';
import { httpHandler, ok } from '../middleware';
import { AcknowledgeBodySchema, HandoffPathSchema } from './tasks.schemas';
import { orUnavailable, touchedDeps } from './workflow-deps';

/** POST /tasks/{taskId}/handoffs/{handoffId}/acknowledge: the receipt, once. */
export const handler = httpHandler({
  auth: 'required',
  path: HandoffPathSchema,
  body: AcknowledgeBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () =>
      ok(
        await uc.acknowledge(await touchedDeps(path.taskId), {
          actor,
          input: { ...body, taskId: path.taskId, handoffId: path.handoffId },
        }),
      ),
    ),
});
