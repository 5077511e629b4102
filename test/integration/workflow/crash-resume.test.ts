import {
  applyPlanVersion,
  bundleDigests,
  type Commitment,
  completeLeftChanges,
  moveTask,
  PLAN_KIND,
  type Plan,
  planChain,
  planUseCases,
  runChange,
  workflowUseCases as uc,
  type WorkflowDeps,
} from '@double-random/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleBundle, exampleResult, frozenExample, task } from '../store/workflow-fixtures';
import {
  type Act,
  Crash,
  consistency,
  crashingClient,
  everyCrash as everyCrashOf,
  office,
  resultInput,
  type Seed,
  scjg,
  seedInspecting,
  TASK,
  TWENTY,
  useScenarios,
} from './consistency-support';

const scenario = useScenarios();

const seededTask =
  (more: Seed = async () => {}): Seed =>
  async (deps) => {
    await seedInspecting(deps);
    await more(deps);
  };

const everyCrash = (seed: Seed, act: Act, check?: (deps: WorkflowDeps) => Promise<void>) =>
  everyCrashOf(scenario, seed, act, check);

const record = (deps: WorkflowDeps, target: string, over: Record<string, unknown> = {}) =>
  uc.recordResult(deps, { actor: scjg, input: resultInput(target, over) });

const handoffInput = {
  taskId: TASK,
  targetId: 'T01',
  item: 'FOOD-01',
  kind: 'department-in-charge' as const,
  receiverDepartment: 'STHJ',
  receiverName: '区市场监管局执法大队',
  reason: '待后续处理的问题',
  date: '2026-04-02',
};

/** A frozen, committed task with its entropy in, waiting for its draw. */
const seedAwaitingDraw: Seed = async (deps) => {
  const t = task(TASK, { stage: 'AwaitingEntropy', entropy: exampleBundle.entropy, version: 1 });
  await moveTask(
    deps,
    { version: 0 },
    { task: t },
    { at: t.createdAt, actor: office.sub, action: 'task.create', data: {} },
  );
  const frozen = frozenExample();
  await deps.bundles.putOnce(TASK, frozen);
  await deps.commitments.putOnce({
    taskId: TASK,
    drawId: TASK,
    ...bundleDigests(frozen),
    participants: [],
    entropySource: t.entropySource,
    at: '2026-03-02T02:00:00.000Z',
  } as Commitment);
};

const AT = '2026-01-10T02:00:00.000Z';
/** A drand round well after the scenarios' clock (2026-04-02). */
const DRAND_SOURCE = 'drand:quicknet:30000000';
/** A filed plan of SCJG for 2026, as the store keeps it. */
const filedPlan = (): Plan =>
  ({
    id: 'SCJG-2026',
    department: 'SCJG',
    year: 2026,
    status: 'filed',
    tasks: [
      {
        seq: 1,
        id: '2026-SCJG-001',
        name: 'food safety',
        items: ['FOOD-01'],
        scope: { kinds: [], towns: [], industries: [], riskClasses: [] },
        strata: [{ key: 'all', ratioBp: 500 }],
        window: { start: '2026-03-01', end: '2026-06-30' },
        participants: [],
        teamSize: 2,
        initiator: 'SCJG',
        joint: false,
        category: 'general',
        ratio: { numerator: 500, denominator: 1, weighted: false, bp: 500 },
      },
    ],
    firstFiledAt: AT,
    filedAt: AT,
    late: false,
    createdAt: AT,
    updatedAt: AT,
    version: 1,
    history: [],
  }) as unknown as Plan;

const [gone] = exampleResult.strata[0]!.selected;
const goneTeam = exampleResult.assignments.find((a) => a.target === gone)!.members;

/** Writes each use case made when no crash came. */
const writesOf: Record<string, number> = {};

describe('the next touch of a task completes what a crash left on it', () => {
  it('completes a change left for over a minute, and leaves one under way to its writer', async () => {
    const s = await scenario();
    const good = s.deps();
    await seedInspecting(good);
    // a writer that dies after its intent (write 1)
    const dead = crashingClient(s.client, 1);
    await expect(record(s.deps(dead.client), 'T01')).rejects.toBeInstanceOf(Crash);

    s.clock.instant = '2026-04-02T02:00:30.000Z';
    const early = await completeLeftChanges(good, TASK);
    s.clock.instant = '2026-04-02T02:01:01.000Z';
    const later = await completeLeftChanges(good, TASK);

    expect([early, later]).toEqual([0, 1]);
    expect(await good.results.get(TASK, 'T01', 'FOOD-01')).toBeDefined();
    expect((await consistency(good)).check.problems).toEqual([]);
  });
});

describe('a crash after any write, then a restart, ends consistent (dynalite)', () => {
  afterAll(() => {
    // every n from 1 to these was crashed at, restarted and checked
    console.info('writes per use case (each one a crash point):', JSON.stringify(writesOf));
  });

  it('record a result', async () => {
    writesOf.record = await everyCrash(
      seededTask(),
      (deps) => record(deps, 'T01'),
      async (deps) => {
        expect(await deps.results.get(TASK, 'T01', 'FOOD-01')).toBeDefined();
      },
    );
    expect(writesOf.record).toBeGreaterThanOrEqual(4);
  });

  it('publish two results', async () => {
    writesOf.publish = await everyCrash(
      seededTask(async (deps) => {
        for (const t of TWENTY.slice(0, 2)) await record(deps, t);
      }),
      (deps) => uc.publishResults(deps, { actor: scjg, taskId: TASK, department: 'SCJG' }),
      async (deps) => {
        const stored = await deps.results.listByTask(TASK);
        expect(stored.every((r) => r.publication.publishedAt !== undefined)).toBe(true);
      },
    );
    expect(writesOf.publish).toBeGreaterThanOrEqual(8);
  });

  it('hand off a problem', async () => {
    writesOf.handoff = await everyCrash(
      seededTask(async (deps) => {
        await record(deps, 'T01', { wording: 'pending-follow-up' });
      }),
      (deps) => uc.handoff(deps, { actor: scjg, input: handoffInput }),
      async (deps) => {
        expect(await deps.handoffs.listByTask(TASK)).toHaveLength(1);
      },
    );
  });

  it('acknowledge a handoff', async () => {
    let handoffId = '';
    writesOf.acknowledge = await everyCrash(
      seededTask(async (deps) => {
        await record(deps, 'T01', { wording: 'pending-follow-up' });
        handoffId = (await uc.handoff(deps, { actor: scjg, input: handoffInput })).id;
      }),
      (deps) =>
        uc.acknowledge(deps, {
          actor: { sub: 'sthj-1', roles: ['dept:STHJ'] },
          input: {
            taskId: TASK,
            handoffId,
            acknowledgedBy: '张三',
            at: '2026-04-02T03:00:00.000Z',
          },
        }),
      async (deps) => {
        expect((await deps.handoffs.get(TASK, handoffId))?.acknowledgement).toBeDefined();
      },
    );
  });

  it('move the task on', async () => {
    writesOf.advance = await everyCrash(
      seededTask(),
      (deps) => uc.advanceTask(deps, { actor: office, taskId: TASK, to: 'Publishing' }),
      async (deps) => {
        expect((await deps.tasks.get(TASK))?.stage).toBe('Publishing');
      },
    );
  });

  it('replace a gone target by its reserve', async () => {
    writesOf.replace = await everyCrash(
      seededTask(async (deps) => {
        await record(deps, gone!, { wording: 'unreachable', team: goneTeam });
      }),
      (deps) => uc.replaceFromReserve(deps, { actor: office, taskId: TASK, targetId: gone! }),
      async (deps) => {
        const used = (await deps.assignments.listByTask(TASK)).filter((a) => a.replaces === gone);
        expect(used).toHaveLength(1);
      },
    );
  });

  it('run the draw', async () => {
    writesOf.draw = await everyCrash(
      seedAwaitingDraw,
      (deps) => uc.drawTask(deps, { actor: office, taskId: TASK }),
      async (deps) => {
        expect((await deps.tasks.get(TASK))?.stage).toBe('Drawn');
        expect((await deps.draws.get(TASK))?.result.resultDigest).toBe(exampleResult.resultDigest);
        expect(await deps.assignments.listByTask(TASK)).toHaveLength(14);
      },
    );
  });

  it('approve a plan (the plan chain)', async () => {
    writesOf.plan = await everyCrash(
      seededTask(async (deps) => {
        const plan = filedPlan();
        await runChange(
          deps,
          { [PLAN_KIND]: applyPlanVersion },
          {
            id: 'plan/v1',
            chain: planChain('SCJG', 2026),
            kind: PLAN_KIND,
            audit: {
              at: plan.updatedAt,
              actor: 'scjg-1',
              action: 'plan.file',
              subject: plan.id,
              data: {},
            },
            change: { plan, expectedVersion: 0 },
          },
        );
      }),
      (deps) =>
        planUseCases.approve(deps, {
          actor: office,
          department: 'SCJG',
          year: 2026,
          expectedVersion: 1,
        }),
      async (deps) => {
        const plan = await deps.plans.get('SCJG', 2026);
        expect(plan).toMatchObject({ status: 'approved', version: 2 });
        const chain = (await deps.audit.read(planChain('SCJG', 2026), { limit: 100 })).items;
        expect(chain.map((e) => (e.data as { intent: string }).intent)).toEqual([
          'plan/v1',
          'plan/v2',
        ]);
      },
    );
  });

  it('commit the draw', async () => {
    writesOf.commit = await everyCrash(
      async (deps) => {
        const t = task(TASK, { stage: 'Frozen', version: 1, entropySource: DRAND_SOURCE });
        await moveTask(
          deps,
          { version: 0 },
          { task: t },
          { at: t.createdAt, actor: office.sub, action: 'task.create', data: {} },
        );
        await deps.bundles.putOnce(TASK, frozenExample());
      },
      (deps) => uc.commitTask(deps, { actor: office, taskId: TASK }),
      async (deps) => {
        expect((await deps.tasks.get(TASK))?.stage).toBe('Committed');
        expect((await deps.commitments.get(TASK))?.poolDigest).toBe(
          bundleDigests(frozenExample()).poolDigest,
        );
      },
    );
  });

  it('load a holiday schedule (the calendar chain)', async () => {
    writesOf.calendar = await everyCrash(
      seededTask(),
      (deps) =>
        uc.loadCalendarYear(deps, {
          actor: office,
          input: { year: 2027, holidays: ['2027-01-01'], makeUpWorkdays: [] },
        }),
      async (deps) => {
        expect((await deps.calendars.list()).map((y) => y.year)).toContain(2027);
        const entries = (await deps.audit.read('calendar', { limit: 100 })).items;
        expect(entries).toHaveLength(1);
      },
    );
  });
});
