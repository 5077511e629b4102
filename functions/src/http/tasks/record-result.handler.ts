import { workflowUseCases as uc } from '@double-random/domain';
import { countMetric, METRIC } from '../../observability';
import { created, httpHandler } from '../middleware';
import { RecordResultBodySchema, TaskPathSchema } from './tasks.schemas';
import { orUnavailable, settle, touchedDeps } from './workflow-deps';

/**
 * POST /tasks/{taskId}/results: the inspecting department or its drawn team records a result
 * (谁检查、谁录入); the inspection's wait is settled, and a gone target's replacement by the
 * next reserve follows in the workflow.
 */
export const handler = httpHandler({
  auth: 'required',
  path: TaskPathSchema,
  body: RecordResultBodySchema,
  handler: async ({ actor, path, body }) =>
    orUnavailable(async () => {
      const { task, ...recorded } = await uc.recordResult(await touchedDeps(path.taskId), {
        actor,
        input: { ...body, taskId: path.taskId },
      });
      countMetric(METRIC.resultsRecorded);
      // the waits are the task's draws' and items', fixed since the draw: no second read
      const { result } = recorded;
      const settled = await settle(path.taskId, { target: body.targetId, task, result });
      return created(
        { ...recorded, settled },
        `/tasks/${result.taskId}/results/${result.targetId}/${result.item}`,
      );
    }),
});
