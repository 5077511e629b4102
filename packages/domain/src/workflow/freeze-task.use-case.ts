import { assertOffice } from '../actor';
import { shanghaiDate } from '../codes';
import type { Inspector } from '../inspector.schema';
import { addCalendarDays } from './calendar';
import { buildBundles } from './freeze';
import { advanceStage, assertStage } from './task';
import { allPages, type Cmd, getTask, recordAudit, save, type WorkflowDeps } from './workflow-deps';

/**
 * 2. Freeze: snapshot the directories as of today (Asia/Shanghai), write the bundles
 * (write-once, idempotent), then flip the task header to Frozen last.
 */
export const freezeTask = async (deps: WorkflowDeps, cmd: Cmd<{ taskId: string }>) => {
  assertOffice(cmd.actor, 'freeze tasks');
  const task = await getTask(deps, cmd.taskId);
  assertStage(task, ['Created'], 'freezing');
  const now = deps.clock.now();
  const freezeDate = shanghaiDate(now);
  const targets = await deps.targets.listPool(task.initiator);
  const inspectors: Inspector[] = [];
  for (const d of task.draws)
    inspectors.push(
      ...(await allPages((p) => deps.inspectors.list(d.department, { status: 'active' }, p))),
    );
  const recentInspections =
    task.excludeInspectedWithinDays === undefined
      ? []
      : await deps.history.recent(
          task.initiator,
          task.items.map((i) => i.code),
          addCalendarDays(freezeDate, -task.excludeInspectedWithinDays),
        );
  const frozen = buildBundles(task, { freezeDate, targets, inspectors, recentInspections });
  const stored: Record<string, string> = {};
  for (const f of [frozen.target, ...frozen.participants])
    stored[f.draw.drawId] = (await deps.bundles.putOnce(f.draw.drawId, f.bundle)).sha256;
  const next = { ...advanceStage(task, 'Frozen', now), frozenOn: freezeDate };
  await save(deps, task, next);
  await recordAudit(deps.audit, task.id, {
    at: now,
    actor: cmd.actor.sub,
    action: 'task.freeze',
    subject: task.id,
    data: {
      freezeDate,
      bundles: stored,
      digests: [frozen.target, ...frozen.participants].map((f) => ({
        drawId: f.draw.drawId,
        ...f.digests,
      })),
      pool: frozen.target.bundle.pool.length,
      excluded: frozen.excluded.length,
    },
  });
  return { task: next, frozen };
};
