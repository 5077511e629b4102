import { isDepartment } from '../actor';
import { departmentName, shanghaiDate } from '../codes';
import { ForbiddenError } from '../errors';
import { type PublicResult, publicResult } from './publication';
import type { InspectionResult } from './result.schema';
import { type Cmd, getTask, recordAudit, type WorkflowDeps } from './workflow-deps';

const planName = (year: number, department: string): string =>
  `${year}年度${departmentName(department)}双随机抽查计划`;

/**
 * 8. Publish the department's unpublished results of a task (谁公开): stamps each with the
 * publication instant; returns the public records and which were late.
 */
export const publishResults = async (
  deps: WorkflowDeps,
  cmd: Cmd<{ taskId: string; department: string }>,
) => {
  if (!isDepartment(cmd.actor, cmd.department))
    throw new ForbiddenError(
      'PUBLICATION.NOT_DEPARTMENT',
      `${cmd.actor.sub} may not publish results of ${cmd.department} (谁检查、谁公开)`,
      { field: 'department', rule: '谁检查、谁录入、谁公开', value: cmd.department },
    );
  const task = await getTask(deps, cmd.taskId);
  const now = deps.clock.now();
  const today = shanghaiDate(now);
  const due = (await deps.results.listByTask(task.id)).filter(
    (r) => r.department === cmd.department && !r.publication.publishedAt,
  );
  const published: PublicResult[] = [];
  const late: { targetId: string; item: string; dueBy: string }[] = [];
  for (const r of due) {
    const item = await deps.items.get(r.department, r.item);
    const target = await deps.targets.get(task.initiator, r.targetId);
    const stamped: InspectionResult = {
      ...r,
      publication: { ...r.publication, publishedAt: now },
      ...(r.penaltyPublication
        ? { penaltyPublication: { ...r.penaltyPublication, publishedAt: now } }
        : {}),
    };
    await deps.results.put(stamped);
    if (today > r.publication.dueBy)
      late.push({ targetId: r.targetId, item: r.item, dueBy: r.publication.dueBy });
    published.push(
      publicResult(task, stamped, {
        planName: planName(task.year, task.initiator),
        itemName: item?.name ?? r.item,
        target: {
          name: target?.name ?? r.targetId,
          ...(target?.uscc ? { uscc: target.uscc } : {}),
        },
      }),
    );
  }
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'result.publish',
    subject: task.id,
    data: { department: cmd.department, count: published.length, late },
  });
  return { published, late };
};
