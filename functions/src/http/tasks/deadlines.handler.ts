import {
  assertOffice,
  type Task,
  type TaskStage,
  workflowUseCases as uc,
} from '@double-random/domain';
import { dependencies } from '../../composition';
import { jsonAnswer } from '../answers';
import { httpHandler, officeOnly } from '../middleware';
import { orUnavailable, workflowDeps } from './workflow-deps';

/** Stages in which results are recorded and published, so deadlines run. */
const RUNNING: readonly TaskStage[] = [
  'Notified',
  'Inspecting',
  'Publishing',
  'HandingOff',
  'Done',
];

/**
 * GET /office/deadlines: 亮灯, every overdue or due-soon publication of every task; a long
 * list by link (docs/text-and-limits.md).
 */
export const handler = httpHandler({
  auth: 'required',
  access: officeOnly('watch publication deadlines'),
  handler: async ({ actor }) =>
    orUnavailable(async () => {
      assertOffice(actor, 'watch publication deadlines');
      const deps = workflowDeps();
      const tasks: Task[] = [];
      for (const stage of RUNNING) {
        let cursor: string | undefined;
        do {
          const page = await deps.tasks.listByStage(
            stage,
            cursor ? { limit: 1000, cursor } : { limit: 1000 },
          );
          tasks.push(...page.items);
          cursor = page.cursor;
        } while (cursor);
      }
      const items = [];
      for (const task of tasks)
        for (const light of await uc.deadlineReport(deps, { actor, taskId: task.id }))
          if (light.status !== 'on-time')
            items.push({ taskId: task.id, taskName: task.name, ...light });
      items.sort((a, b) => (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0));
      // a notification that never reached its department is a red light of its own
      const failedDeliveries = [];
      let cursor: string | undefined;
      do {
        const page = await dependencies().outbox.list(
          { status: 'failed' },
          cursor ? { limit: 1000, cursor } : { limit: 1000 },
        );
        failedDeliveries.push(...page.items);
        cursor = page.cursor;
      } while (cursor);
      return jsonAnswer({ items, failedDeliveries });
    }),
});
