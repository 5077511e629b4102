import {
  type Actor,
  type PlanTask,
  type Task,
  workflowUseCases as uc,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { FakeHistory, fakeWorkflowDeps } from './fakes';
import { inspectors, items, NOW, plan, plannedTask, targets, task } from './fixtures';
import { create, office, setup, TASK } from './scenario';

const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };

/** The fixtures' directories on the fakes, and SCJG's task created from `over` as planned. */
const withTask = async (over: Partial<PlanTask> = {}) => {
  const deps = fakeWorkflowDeps(NOW);
  const t: Task = task(over);
  await deps.plans.create(plan([plannedTask(over)]));
  for (const i of items) await deps.items.create(i);
  for (const x of targets) await deps.targets.create(x);
  for (const i of inspectors) await deps.inspectors.create(i);
  await deps.tasks.create(t);
  return deps;
};

const freeze = (deps: Parameters<typeof uc.freezeTask>[0], actor: Actor = office) =>
  uc.freezeTask(deps, { actor, taskId: TASK });

describe('freezeTask refusals', () => {
  it('only the office freezes', async () => {
    const deps = await withTask();
    await expect(freeze(deps, scjg)).rejects.toMatchObject({
      code: 'AUTH.NOT_OFFICE',
      message: 'scjg-1 may not freeze tasks: only the joint-meeting office (联席会议办公室) may',
    });
    expect((await deps.tasks.get(TASK))?.stage).toBe('Created');
  });

  it('a task frozen already: names its stage and the one freezing needs', async () => {
    const deps = await withTask();
    await freeze(deps);
    await expect(freeze(deps)).rejects.toMatchObject({
      code: 'TASK.WRONG_STAGE',
      message: 'task 2026-SCJG-007 is Frozen; freezing needs stage Created',
    });
  });
});

describe('freezeTask records what it froze', () => {
  it('audits the freeze day, each bundle stored, its digests, the pool size and the exclusions', async () => {
    const deps = await setup();
    await create(deps);
    const { frozen, task: t } = await freeze(deps);
    expect(t.frozenOn).toBe('2026-03-02');
    const entry = deps.audit.chains.get(TASK)?.find((e) => e.action === 'task.freeze');
    const { intent: _intent, ...data } = (entry?.data ?? {}) as Record<string, unknown>;
    expect(data).toEqual({
      freezeDate: '2026-03-02',
      bundles: { [TASK]: `sha-of-${TASK}`, [`${TASK}.STHJ`]: `sha-of-${TASK}.STHJ` },
      digests: [
        { drawId: TASK, ...frozen.target.digests },
        { drawId: `${TASK}.STHJ`, ...frozen.participants[0]!.digests },
      ],
      pool: 40,
      excluded: 0,
    });
  });
});

describe('freezeTask: recently inspected targets (重复检查)', () => {
  it('reads the initiator’s inspections on the task’s items within the window before the freeze day', async () => {
    const deps = await withTask({ excludeInspectedWithinDays: 30 });
    deps.history = new FakeHistory([
      { department: 'SCJG', targetId: 'T01', item: 'SCJG-FOOD', date: '2026-01-31' }, // 30 days
      { department: 'SCJG', targetId: 'T02', item: 'SCJG-FOOD', date: '2026-01-30' }, // 31 days
      { department: 'SCJG', targetId: 'T03', item: 'SCJG-ADS', date: '2026-03-01' }, // not its item
      { department: 'STHJ', targetId: 'T04', item: 'SCJG-FOOD', date: '2026-03-01' }, // not SCJG's
    ]);
    const { frozen } = await freeze(deps);
    const pool = frozen.target.bundle.pool.map((p) => p.id);
    expect(pool).toHaveLength(39);
    expect(pool).not.toContain('T01');
    expect(frozen.excluded).toEqual([{ targetId: 'T01', reason: 'recently-inspected' }]);
    const entry = deps.audit.chains.get(TASK)?.find((e) => e.action === 'task.freeze');
    expect(entry?.data).toMatchObject({ pool: 39, excluded: 1 });
  });
});

describe('freezeTask: the ratio again at freeze (二(二))', () => {
  // SCJG's task selects 2 of 30 risk-A and 2 of 10 risk-D targets: 4 of the 40 that
  // SCJG-FOOD applies to, the most a general item allows (10 %)
  const otherPlan = (status: 'draft' | 'filed' | 'approved' | 'published') => ({
    ...plan(
      [
        plannedTask({
          seq: 1,
          id: '2026-STHJ-001',
          initiator: 'STHJ',
          participants: ['SCJG'],
          joint: true,
          items: ['STHJ-EMIT', 'SCJG-FOOD'],
          planned: 2,
        }),
      ],
      status,
    ),
    id: 'STHJ-2026',
    department: 'STHJ',
  });

  it('leaves out the year’s plans not yet filed', async () => {
    const deps = await withTask();
    await deps.plans.create(otherPlan('draft'));
    await expect(freeze(deps)).resolves.toMatchObject({ task: { stage: 'Frozen' } });
  });

  it('counts the year’s filed plans: a draw past the band is not run', async () => {
    const deps = await withTask();
    await deps.plans.create(otherPlan('filed'));
    await expect(freeze(deps)).rejects.toMatchObject({
      code: 'FREEZE.RATIO_OUT_OF_RANGE',
      details: { field: 'pool', item: 'SCJG-FOOD', value: 6, population: 40, maxTargets: 4 },
    });
    expect((await deps.tasks.get(TASK))?.stage).toBe('Created');
    expect(deps.bundles.map.rows.size).toBe(0);
  });

  it('counts the populations on the directories the pools were built from: each read once', async () => {
    const deps = await setup();
    await create(deps);
    const reads: string[] = [];
    const listPool = deps.targets.listPool.bind(deps.targets);
    deps.targets.listPool = async (d) => {
      reads.push(d);
      return listPool(d);
    };
    await freeze(deps);
    expect(reads.sort()).toEqual(['SCJG', 'STHJ']);
  });
});
