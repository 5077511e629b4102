import {
  CodeSchema,
  FollowUpBodySchema,
  InspectionResultSchema,
  workflowUseCases as uc,
} from '@double-random/domain';
import { created, httpHandler, z } from '../middleware';
import { orUnavailable, touchedDeps } from './workflow-deps';

export const FollowUpPathSchema = z.object({
  taskId: CodeSchema,
  targetId: CodeSchema,
  item: CodeSchema,
});

export { FollowUpBodySchema };

export const FollowUpReplySchema = InspectionResultSchema;

/**
 * POST /tasks/{taskId}/results/{targetId}/{item}/follow-ups: the inspecting department
 * appends a follow-up (final outcome, penalty decision, rectification) to its result; audited
 * and published with the result (docs/api-tasks.md).
 */
export const handler = httpHandler({
  auth: 'required',
  path: FollowUpPathSchema,
  body: FollowUpBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () => {
      const result = await uc.recordFollowUp(await touchedDeps(path.taskId), {
        actor,
        input: { ...body, ...path },
      });
      return created(result, `/tasks/${path.taskId}/results/${path.targetId}/${path.item}`);
    }),
});
