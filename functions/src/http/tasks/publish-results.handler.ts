import { workflowUseCases as uc } from '@double-random/domain';
import { anyDepartment, httpHandler, ok } from '../middleware';
import { PublishBodySchema, TaskPathSchema } from './tasks.schemas';
import { orUnavailable, touchedDeps } from './workflow-deps';

/** POST /tasks/{taskId}/publish: the inspecting department publishes its results (谁公开). */
export const handler = httpHandler({
  auth: 'required',
  access: anyDepartment('publish results'),
  path: TaskPathSchema,
  body: PublishBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () =>
      ok(
        await uc.publishResults(await touchedDeps(path.taskId), {
          actor,
          taskId: path.taskId,
          department: body.department,
        }),
      ),
    ),
});
