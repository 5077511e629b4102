import { assertOffice } from '../actor';
import { shanghaiDate } from '../codes';
import { COUNTED_STATUSES } from '../district';
import type { Inspector } from '../inspector.schema';
import type { Item } from '../item.schema';
import { checkFrozenQuotas, countPopulation, frozenTargets, itemKey } from '../item-quota';
import type { PoolTarget } from '../ports';
import { addCalendarDays } from './calendar';
import { buildBundles } from './freeze';
import { advanceStage, assertStage } from './task';
import type { Task } from './task.schema';
import { allPages, type Cmd, getTask, moveTask, type WorkflowDeps } from './workflow-deps';

/**
 * 二(二) again at freeze: each item's year on its population today, with what this pool
 * will select and what the year's other planned tasks select. The populations are counted
 * over the active targets the freeze has just read (`activeTargets`, by department): the
 * items are the initiator's and the participants', whose directories it read for the pools.
 */
const recheckQuotas = async (
  deps: WorkflowDeps,
  task: Task,
  pool: readonly { stratum: string }[],
  activeTargets: ReadonlyMap<string, readonly PoolTarget[]>,
): Promise<void> => {
  const items: Item[] = [];
  for (const it of task.items) {
    const item = await deps.items.get(it.department, it.code);
    if (item) items.push(item);
  }
  const populations = new Map<string, number>();
  for (const it of items) {
    const read = activeTargets.get(it.department) ?? (await deps.targets.listPool(it.department));
    populations.set(itemKey(it.department, it.code), countPopulation(it, read));
  }
  const plans = await allPages((p) => deps.plans.listByYear(task.year, {}, p));
  const otherTasks = plans
    .filter((p) => (COUNTED_STATUSES as readonly string[]).includes(p.status))
    .flatMap((p) => p.tasks);
  checkFrozenQuotas(
    {
      id: task.id,
      initiator: task.initiator,
      participants: task.participants,
      items: task.items.map((i) => i.code),
      planned: frozenTargets(task.strata, pool),
    },
    { items, populations, otherTasks },
  );
};

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
  // the directories as they stand, read at once: the pools, the rosters, recent inspections
  const [targets, rosters, recentInspections, participantPools] = await Promise.all([
    deps.targets.listPool(task.initiator),
    Promise.all(
      task.draws.map((d) =>
        allPages((p) => deps.inspectors.list(d.department, { status: 'active' }, p)),
      ),
    ),
    task.excludeInspectedWithinDays === undefined
      ? []
      : deps.history.recent(
          task.initiator,
          task.items.map((i) => i.code),
          addCalendarDays(freezeDate, -task.excludeInspectedWithinDays),
        ),
    Promise.all(task.participants.map((d) => deps.targets.listPool(d))),
  ]);
  const inspectors: Inspector[] = rosters.flat();
  const active = new Map<string, readonly PoolTarget[]>([[task.initiator, targets]]);
  const participantTargets: PoolTarget[] = [];
  for (const [i, d] of task.participants.entries()) {
    const read = participantPools[i] ?? [];
    active.set(d, read);
    participantTargets.push(...read);
  }
  const frozen = buildBundles(
    task,
    { freezeDate, targets, inspectors, recentInspections, participantTargets },
    deps.drawOptions,
  );
  await recheckQuotas(deps, task, frozen.target.bundle.pool, active);
  const stored: Record<string, string> = {};
  for (const f of [frozen.target, ...frozen.participants])
    stored[f.draw.drawId] = (await deps.bundles.putOnce(f.draw.drawId, f.bundle)).sha256;
  const next = { ...advanceStage(task, 'Frozen', now), frozenOn: freezeDate };
  // the bundles above are write-once and content-addressed: preparation, not yet the change
  const moved = await moveTask(
    deps,
    task,
    { task: next },
    {
      at: now,
      actor: cmd.actor.sub,
      action: 'task.freeze',
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
    },
  );
  return { task: moved, frozen };
};
