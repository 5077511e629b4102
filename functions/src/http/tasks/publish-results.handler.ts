import { workflowUseCases as uc } from '@double-random/domain';
import { tellPlatformOfPublication } from '../../exchange/platform';
import { anyDepartment, httpHandler, ok } from '../middleware';
import { PublishBodySchema, TaskPathSchema } from './tasks.schemas';
import { orUnavailable, touchedDeps } from './workflow-deps';

/**
 * POST /tasks/{taskId}/publish: the inspecting department publishes its results (谁公开);
 * then, best effort, the provincial platform is told (docs/exchange.md).
 */
export const handler = httpHandler({
  auth: 'required',
  access: anyDepartment('publish results'),
  path: TaskPathSchema,
  body: PublishBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () => {
      const out = await uc.publishResults(await touchedDeps(path.taskId), {
        actor,
        taskId: path.taskId,
        department: body.department,
      });
      await tellPlatformOfPublication(
        path.taskId,
        body.department,
        out.published.map((r) => r.targetId),
      );
      return ok(out);
    }),
});
