import {
  CodeSchema,
  FollowUpBodySchema,
  InspectionResultSchema,
  workflowUseCases as uc,
} from '@double-random/domain';
import { tellPlatformOfPublication } from '../../exchange/platform';
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
 * and published with the result (docs/api-tasks.md). A penalty decided in it reaches the
 * provincial platform as its own event, best effort after the change (docs/exchange.md).
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
      if (body.penalty && result.publication.publishedAt)
        await tellPlatformOfPublication(path.taskId, result.department, [path.targetId]);
      return created(result, `/tasks/${path.taskId}/results/${path.targetId}/${path.item}`);
    }),
});
