import { handoffNotification, workflowUseCases as uc } from '@double-random/domain';
import { dependencies } from '../../composition';
import { tellPeople } from '../../notifications';
import { created, httpHandler } from '../middleware';
import { HandoffBodySchema, TaskPathSchema } from './tasks.schemas';
import { orUnavailable, touchedDeps } from './workflow-deps';

/** POST /tasks/{taskId}/handoffs: hand a problem on (移交 / 移送司法机关); a retry is the same. */
export const handler = httpHandler({
  auth: 'required',
  path: TaskPathSchema,
  body: HandoffBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () => {
      const h = await uc.handoff(await touchedDeps(path.taskId), {
        actor,
        input: { ...body, taskId: path.taskId },
      });
      await tellPeople([handoffNotification(h, dependencies().clock.now())]);
      return created(h, `/tasks/${h.taskId}/handoffs/${h.id}`);
    }),
});
