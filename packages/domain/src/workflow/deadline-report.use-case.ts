import { isDepartment, isOffice } from '../actor';
import { shanghaiDate } from '../codes';
import { ForbiddenError } from '../errors';
import { type DeadlineStatus, deadlineStatus } from './calendar';
import type { InspectionResult } from './result.schema';
import { type Cmd, getTask, type WorkflowDeps } from './workflow-deps';

export interface DeadlineLight {
  targetId: string;
  item: string;
  kind: 'result' | 'penalty';
  dueBy: string;
  provisional: boolean;
  status: DeadlineStatus;
}

/** 亮灯: the unpublished results and penalties of a task with their deadline status today. */
export const deadlineReport = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string }>,
): Promise<DeadlineLight[]> => {
  const task = await getTask(deps, cmd.taskId);
  if (!isOffice(cmd.actor) && !task.draws.some((d) => isDepartment(cmd.actor, d.department)))
    throw new ForbiddenError(
      'TASK.NOT_PARTICIPANT',
      `${cmd.actor.sub} takes no part in task ${task.id}`,
      {
        field: 'taskId',
        rule: 'task data is read by its departments and the office',
        value: task.id,
      },
    );
  return deadlineLights(await deps.results.listByTask(task.id), shanghaiDate(deps.clock.now()));
};

/** The lights of a task's results, every one of them, on `today` (Asia/Shanghai). */
export const deadlineLights = (
  results: readonly InspectionResult[],
  today: string,
): DeadlineLight[] => {
  const out: DeadlineLight[] = [];
  for (const r of results) {
    const base = { targetId: r.targetId, item: r.item };
    if (!r.publication.publishedAt)
      out.push({
        ...base,
        kind: 'result',
        ...r.publication,
        status: deadlineStatus(r.publication.dueBy, today),
      });
    const p = r.penaltyPublication;
    if (p && !p.publishedAt)
      out.push({
        ...base,
        kind: 'penalty',
        dueBy: p.dueBy,
        provisional: p.provisional,
        status: deadlineStatus(p.dueBy, today),
      });
  }
  return out;
};
