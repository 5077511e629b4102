import { JointGroupSchema, workflowUseCases as uc } from '@double-random/domain';
import { jsonAnswer } from '../answers';
import { httpHandler, z } from '../middleware';
import { TaskPathSchema } from './tasks.schemas';
import { orUnavailable, workflowDeps } from './workflow-deps';

export const GroupsSchema = z.object({ items: z.array(JointGroupSchema) });

/**
 * GET /tasks/{taskId}/groups: one joint group per target, with its suggested and appointed
 * leader; a large task's by link (docs/text-and-limits.md).
 */
export const handler = httpHandler({
  auth: 'required',
  path: TaskPathSchema,
  handler: async ({ actor, path }) =>
    orUnavailable(async () =>
      jsonAnswer({ items: await uc.listGroups(workflowDeps(), { actor, taskId: path.taskId }) }),
    ),
});
