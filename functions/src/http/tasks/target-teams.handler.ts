import { CodeSchema, TargetTeamSchema, workflowUseCases as uc } from '@double-random/domain';
import { httpHandler, ok, z } from '../middleware';
import { TaskPathSchema } from './tasks.schemas';
import { orUnavailable, workflowDeps } from './workflow-deps';

export const TeamPathSchema = TaskPathSchema.extend({ targetId: CodeSchema });
export const TeamsSchema = z.object({ items: z.array(TargetTeamSchema) });

/**
 * GET /tasks/{taskId}/teams/{targetId}: what a result form needs of the team drawn for a
 * target — each member's 执法证号 (certificatesShown) and the 日常监管人员 who may accompany
 * it. The office, the department whose team it is, or an inspector on the team.
 */
export const handler = httpHandler({
  auth: 'required',
  path: TeamPathSchema,
  handler: async ({ actor, path }) =>
    orUnavailable(async () =>
      ok({
        items: await uc.targetTeams(workflowDeps(), {
          actor,
          taskId: path.taskId,
          targetId: path.targetId,
        }),
      }),
    ),
});
