import { CodeSchema, JointGroupSchema, workflowUseCases as uc } from '@double-random/domain';
import { httpHandler, officeOrDepartment, ok, z } from '../middleware';
import { TaskPathSchema } from './tasks.schemas';
import { orUnavailable, touchedDeps } from './workflow-deps';

export const GroupPathSchema = TaskPathSchema.extend({ targetId: CodeSchema });
export const AppointBodySchema = z.object({
  inspectorId: CodeSchema.meta({ description: 'a member of the group who may lead' }),
});
export { JointGroupSchema };

/**
 * POST /tasks/{taskId}/groups/{targetId}/leader: the initiating department (or the office)
 * appoints the group's leader (指派联合检查组负责人, 二(五)); recorded, audited, published.
 */
export const handler = httpHandler({
  auth: 'required',
  access: officeOrDepartment('appoint a joint group leader'),
  path: GroupPathSchema,
  body: AppointBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () =>
      ok(
        await uc.appointLeader(await touchedDeps(path.taskId), {
          actor,
          taskId: path.taskId,
          targetId: path.targetId,
          inspectorId: body.inspectorId,
        }),
      ),
    ),
});
