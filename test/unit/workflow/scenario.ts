/**
 * The joint task of the use-case tests, on the fakes: SCJG's task 2026-SCJG-007 with STHJ
 * taking part, witness entropy from STHJ and 纪检监察 (JJJC), and the steps that take it from
 * created to inspecting. Shared by the use-case tests of each workflow step.
 */
import {
  type Actor,
  type TaskAssignment,
  workflowUseCases as uc,
  type WorkflowDeps,
} from '@double-random/domain';
import { witnessCommitment, witnessEntropy } from '@double-random/draw';
import type { FixedClock } from '../domain/fakes';
import {
  type FakeAssignments,
  type FakeAudit,
  type FakeBundles,
  type FakeDraws,
  type FakeResults,
  type FakeTasks,
  fakeWorkflowDeps,
} from './fakes';
import { certificatesOf, inspectors, items, plan, plannedTask, targets } from './fixtures';

export const office: Actor = { sub: 'office-1', roles: ['office'] };
export const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
export const sthj: Actor = { sub: 'sthj-1', roles: ['dept:STHJ'] };
export const TASK = '2026-SCJG-007';
/** Two witnesses outside the office: a participating department and 纪检监察 (JJJC). */
export const jjjc: Actor = { sub: 'jjjc-1', roles: ['witness:JJJC'] };
export const SECRETS = {
  STHJ: '5757575757575757575757575757575757575757575757575757575757575757',
  JJJC: '6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a',
} as const;
export const SOURCE = 'witness:2026-03-03:STHJ,JJJC';
export const ENTROPY = witnessEntropy([
  { id: 'STHJ', reveal: SECRETS.STHJ },
  { id: 'JJJC', reveal: SECRETS.JJJC },
]);
export const witnessActor = (w: keyof typeof SECRETS) => (w === 'STHJ' ? sthj : jjjc);

export type Fakes = WorkflowDeps & {
  clock: FixedClock;
  tasks: FakeTasks;
  bundles: FakeBundles;
  draws: FakeDraws;
  assignments: FakeAssignments;
  results: FakeResults;
  audit: FakeAudit;
};

export const setup = async (): Promise<Fakes> => {
  const deps = {
    ...fakeWorkflowDeps('2026-03-02T01:00:00.000Z'),
  };
  const joint = plannedTask({
    items: ['SCJG-FOOD', 'STHJ-EMIT'],
    participants: ['STHJ'],
    joint: true,
    window: { start: '2026-03-01', end: '2026-12-31' },
  });
  await deps.plans.create(plan([joint]));
  for (const i of items) await deps.items.create(i);
  for (const t of targets) await deps.targets.create(t);
  for (const i of inspectors) await deps.inspectors.create(i);
  return deps;
};

/** Each witness publishes SHA-256 of its secret before the task exists (docs/entropy.md). */
export const commitWitnesses = async (deps: Fakes) => {
  for (const w of ['STHJ', 'JJJC'] as const)
    await uc.commitWitness(deps, {
      actor: witnessActor(w),
      taskId: TASK,
      witness: w,
      input: { commitment: witnessCommitment(SECRETS[w]) },
    });
};

export const create = async (deps: Fakes) => {
  await commitWitnesses(deps);
  return uc.createTask(deps, {
    actor: office,
    input: {
      department: 'SCJG',
      year: 2026,
      seq: 7,
      reserves: { 'risk:A': 2, 'risk:D': 1 },
      entropySource: SOURCE,
    },
  });
};

/** The witnesses reveal on the reveal day; the last reveal sets the entropy. */
export const revealAll = async (
  deps: Fakes,
  order: readonly ('STHJ' | 'JJJC')[] = ['STHJ', 'JJJC'],
) => {
  deps.clock.instant = '2026-03-03T02:00:00.000Z';
  let last: Awaited<ReturnType<typeof uc.revealWitness>> | undefined;
  for (const w of order)
    last = await uc.revealWitness(deps, {
      actor: witnessActor(w),
      taskId: TASK,
      witness: w,
      input: { reveal: SECRETS[w] },
    });
  return last!.task;
};

/** Created → Frozen → Committed → AwaitingEntropy → Drawn → Notified → Inspecting. */
export const drawn = async (deps: Fakes) => {
  await create(deps);
  await uc.freezeTask(deps, { actor: office, taskId: TASK });
  await uc.commitTask(deps, { actor: office, taskId: TASK });
  await revealAll(deps);
  const out = await uc.drawTask(deps, { actor: office, taskId: TASK });
  await uc.advanceTask(deps, { actor: office, taskId: TASK, to: 'Notified' });
  await uc.advanceTask(deps, { actor: office, taskId: TASK, to: 'Inspecting' });
  // the inspections (dated 1 April) are recorded once done: the day after
  deps.clock.instant = '2026-04-02T02:00:00.000Z';
  return out;
};

export const selectedOf = (deps: Fakes, department: string): TaskAssignment[] =>
  [...deps.assignments.rows.values()].filter(
    (a) => a.department === department && a.role === 'selected',
  );

/** The team drawn for a target in the department's draw: a result records who went. */
export const drawnTeam = (deps: Fakes, targetId: string, item: unknown): string[] =>
  [...deps.assignments.rows.values()].find(
    (a) => a.target === targetId && a.department === (item === 'STHJ-EMIT' ? 'STHJ' : 'SCJG'),
  )?.members ?? ['P1', 'P2'];

/** The result of the drawn team, who showed their 执法证 (《行政处罚法》第55条). */
export const resultInput = (deps: Fakes, targetId: string, over: Record<string, unknown> = {}) => {
  const team =
    (over.team as string[] | undefined) ?? drawnTeam(deps, targetId, over.item ?? 'SCJG-FOOD');
  return {
    taskId: TASK,
    targetId,
    item: 'SCJG-FOOD',
    method: 'on-site' as const,
    inspectionDate: '2026-04-01',
    wording: 'no-problem' as const,
    team,
    certificatesShown: certificatesOf(team),
    ...over,
  };
};
