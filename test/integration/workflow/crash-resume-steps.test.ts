import {
  type Actor,
  type BulkAccess,
  type Inspector,
  type Target,
  workflowUseCases as uc,
  type WorkflowDeps,
} from '@double-random/domain';
import { witnessCommitment } from '@double-random/draw';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectors, items, plan, plannedTask, targets } from '../../unit/workflow/fixtures';
import { everyCrash, type Seed, useScenarios } from './consistency-support';

/**
 * The first steps of a task, each crashed after every one of its writes on dynalite, then
 * restarted and checked (docs/consistency.md): a witness's commitment, the task's creation,
 * its freeze and the last reveal that sets its entropy.
 */
const scenario = useScenarios();
const TASK = '2026-SCJG-007';
const office: Actor = { sub: 'office-1', roles: ['office'] };
const witnessOf = (w: 'STHJ' | 'JJJC'): Actor =>
  w === 'STHJ'
    ? { sub: 'sthj-1', roles: ['dept:STHJ'] }
    : { sub: 'jjjc-1', roles: ['witness:JJJC'] };
const SECRETS = {
  STHJ: '5757575757575757575757575757575757575757575757575757575757575757',
  JJJC: '6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a',
} as const;

const COMMIT_DAY = '2026-03-02T01:00:00.000Z';
const REVEAL_DAY = '2026-03-03T02:00:00.000Z';

const at = (deps: WorkflowDeps, instant: string) => {
  (deps.clock as unknown as { instant: string }).instant = instant;
};

const directory: Seed = async (deps) => {
  at(deps, COMMIT_DAY);
  await deps.plans.create(
    plan([plannedTask({ window: { start: '2026-03-01', end: '2026-12-31' } })]),
  );
  for (const i of items) await deps.items.create(i);
  // batch writes: the seed races nobody
  await (deps.targets as typeof deps.targets & BulkAccess<Target>).putMany(targets);
  await (deps.inspectors as typeof deps.inspectors & BulkAccess<Inspector>).putMany(inspectors);
};

const commit = (deps: WorkflowDeps, w: 'STHJ' | 'JJJC') =>
  uc.commitWitness(deps, {
    actor: witnessOf(w),
    taskId: TASK,
    witness: w,
    input: { commitment: witnessCommitment(SECRETS[w]) },
  });

const create = (deps: WorkflowDeps) =>
  uc.createTask(deps, {
    actor: office,
    input: {
      department: 'SCJG',
      year: 2026,
      seq: 7,
      reserves: { 'risk:A': 2, 'risk:D': 1 },
      entropySource: 'witness:2026-03-03:STHJ,JJJC',
    },
  });

const reveal = (deps: WorkflowDeps, w: 'STHJ' | 'JJJC') =>
  uc.revealWitness(deps, {
    actor: witnessOf(w),
    taskId: TASK,
    witness: w,
    input: { reveal: SECRETS[w] },
  });

const writesOf: Record<string, number> = {};
const crashEvery = (
  seed: Seed,
  act: (d: WorkflowDeps) => Promise<unknown>,
  check: (d: WorkflowDeps) => Promise<void>,
) => everyCrash(scenario, seed, act, check, TASK);

describe("a task's first steps, crashed after any write and restarted (dynalite)", () => {
  afterAll(() => {
    console.info('writes per step (each one a crash point):', JSON.stringify(writesOf));
  });

  it('a witness commits', async () => {
    writesOf.witnessCommit = await crashEvery(
      async (deps) => {
        await directory(deps);
        await commit(deps, 'STHJ');
      },
      (deps) => commit(deps, 'JJJC'),
      async (deps) => {
        expect((await deps.witnesses.listCommitments(TASK)).map((c) => c.witness)).toEqual([
          'JJJC',
          'STHJ',
        ]);
      },
    );
  });

  it('the task is created', async () => {
    writesOf.create = await crashEvery(
      async (deps) => {
        await directory(deps);
        await commit(deps, 'STHJ');
        await commit(deps, 'JJJC');
      },
      create,
      async (deps) => {
        expect(await deps.tasks.get(TASK)).toMatchObject({ stage: 'Created', version: 1 });
      },
    );
  });

  it('the task is frozen', async () => {
    writesOf.freeze = await crashEvery(
      async (deps) => {
        await directory(deps);
        await commit(deps, 'STHJ');
        await commit(deps, 'JJJC');
        await create(deps);
      },
      (deps) => uc.freezeTask(deps, { actor: office, taskId: TASK }),
      async (deps) => {
        expect((await deps.tasks.get(TASK))?.stage).toBe('Frozen');
      },
    );
  });

  it('the last witness reveals, and the entropy is set', async () => {
    writesOf.lastReveal = await crashEvery(
      async (deps) => {
        await directory(deps);
        await commit(deps, 'STHJ');
        await commit(deps, 'JJJC');
        await create(deps);
        await uc.freezeTask(deps, { actor: office, taskId: TASK });
        await uc.commitTask(deps, { actor: office, taskId: TASK });
        at(deps, REVEAL_DAY);
        await reveal(deps, 'STHJ');
      },
      (deps) => reveal(deps, 'JJJC'),
      async (deps) => {
        const t = await deps.tasks.get(TASK);
        expect(t?.entropy).toBeDefined();
        expect(t?.stage).toBe('AwaitingEntropy');
      },
    );
  });
});
