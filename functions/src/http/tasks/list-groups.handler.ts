import { JointGroupSchema, workflowUseCases as uc } from '@double-random/domain';
import { httpHandler, ok, z } from '../middleware';
import { TaskPathSchema } from './tasks.schemas';
import { orUnavailable, workflowDeps } from './workflow-deps';

export const GroupsSchema = z.object({ items: z.array(JointGroupSchema) });

/** GET /tasks/{taskId}/groups: one joint group per target, with its suggested and appointed leader. */
export const handler = httpHandler({
  auth: 'required',
  path: TaskPathSchema,
  handler: async ({ actor, path }) =>
    orUnavailable(async () =>
      ok({ items: await uc.listGroups(workflowDeps(), { actor, taskId: path.taskId }) }),
    ),
});
