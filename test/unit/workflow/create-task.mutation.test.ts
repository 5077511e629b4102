import {
  type Actor,
  type Case,
  type CaseRepository,
  ConflictError,
  newCase,
  type Task,
  workflowUseCases as uc,
  type WorkflowDeps,
} from '@double-random/domain';
import { witnessCommitment } from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { type FakeTasks, fakeWorkflowDeps } from './fakes';
import { items, NOW, plan, plannedTask } from './fixtures';

/** 1. Create: a planned task of an approved plan becomes a task, once, with its entry. */

const office: Actor = { sub: 'office-1', roles: ['office'] };
const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };
const sthj: Actor = { sub: 'sthj-1', roles: ['dept:STHJ'] };
const TASK = '2026-SCJG-007';
const DRAND = 'drand:quicknet:25000000';
const town = { kinds: [], towns: ['运河街道'], industries: [], riskClasses: [] };

const setup = async (tasks = [plannedTask({ scope: town })]) => {
  const cases = new Map<string, Case>();
  const caseStore: CaseRepository = {
    create: async (c) => void cases.set(c.id, c),
    get: async (id) => cases.get(id),
    listByDepartment: async () => ({ items: [...cases.values()] }),
    publish: async () => {},
    listPublished: async () => ({ items: [] }),
  };
  const deps = { ...fakeWorkflowDeps(NOW), cases: caseStore } satisfies WorkflowDeps;
  await deps.plans.create(plan(tasks));
  for (const i of items) await deps.items.create(i);
  return { deps, cases };
};

const caseOn = (item: string, ref: string, department = 'SCJG', actor = scjg): Case =>
  newCase(
    {
      department,
      source: 'complaint',
      referenceNo: ref,
      receivedOn: '2026-02-20',
      targetId: 'T-1',
      item,
      method: 'on-site',
      inspectionDate: '2026-02-21',
      wording: 'corrected',
      team: ['I-1', 'I-2'],
    },
    { actor, now: '2026-03-01T01:00:00.000Z' },
  );

const input = (over: Record<string, unknown> = {}) => ({
  department: 'SCJG',
  year: 2026,
  seq: 7,
  entropySource: DRAND,
  ...over,
});

const createEntry = async (deps: WorkflowDeps, id = TASK) =>
  (await deps.audit.read(id, { limit: 10 })).items.find((e) => e.action === 'task.create');

describe('createTask: who and from which plan', () => {
  it('refuses a participant, naming what it may not do', async () => {
    const { deps } = await setup();
    await expect(uc.createTask(deps, { actor: sthj, input: input() })).rejects.toMatchObject({
      code: 'TASK.NOT_DRAW_RUNNER',
      message: expect.stringContaining('sthj-1 may not create inspection tasks'),
    });
  });

  it('refuses a year without a plan, naming the plan', async () => {
    const { deps } = await setup();
    await expect(
      uc.createTask(deps, { actor: office, input: input({ year: 2027 }) }),
    ).rejects.toMatchObject({
      code: 'PLAN.NOT_FOUND',
      message: 'plan SCJG-2027 not found',
    });
  });

  it('refuses a seq the plan does not hold', async () => {
    const { deps } = await setup();
    await expect(
      uc.createTask(deps, { actor: office, input: input({ seq: 99 }) }),
    ).rejects.toMatchObject({ code: 'TASK.NOT_PLANNED', details: { field: 'seq', value: 99 } });
  });

  it('reads the items of the planned task’s participants, not another task’s', async () => {
    const joint = plannedTask({
      seq: 8,
      id: '2026-SCJG-008',
      items: ['SCJG-FOOD', 'STHJ-EMIT'],
      participants: ['STHJ'],
      joint: true,
    });
    const { deps } = await setup([plannedTask(), joint]);
    const t = await uc.createTask(deps, { actor: office, input: input({ seq: 8 }) });
    expect(t.id).toBe('2026-SCJG-008');
    expect(t.items.map((i) => [i.code, i.department])).toEqual([
      ['SCJG-FOOD', 'SCJG'],
      ['STHJ-EMIT', 'STHJ'],
    ]);
    expect(t.draws.map((d) => d.drawId)).toEqual(['2026-SCJG-008', '2026-SCJG-008.STHJ']);
  });
});

describe('createTask: 专项检查 on recorded cases', () => {
  it('refuses a case not recorded, naming field, rule and case', async () => {
    const { deps } = await setup();
    const ref = 'SCJG-2026-000000000000';
    await expect(
      uc.createTask(deps, { actor: office, input: input({ caseRefs: [ref] }) }),
    ).rejects.toMatchObject({
      code: 'TASK.CASE_NOT_FOUND',
      message: `case ${ref} is not recorded`,
      details: { field: 'caseRefs', rule: '专项检查: linked to recorded cases', value: ref },
    });
    // without a case store no case is recorded
    const { cases: _cases, ...bare } = deps;
    await expect(
      uc.createTask(bare, { actor: office, input: input({ caseRefs: [ref] }) }),
    ).rejects.toMatchObject({ code: 'TASK.CASE_NOT_FOUND' });
    expect(await deps.tasks.get(TASK)).toBeUndefined();
  });

  it('accepts a case on any one of the task’s items', async () => {
    const { deps, cases } = await setup([
      plannedTask({ scope: town, items: ['SCJG-FOOD', 'SCJG-ADS'] }),
    ]);
    const ads = caseOn('SCJG-ADS', 'A-2');
    cases.set(ads.id, ads);
    const t = await uc.createTask(deps, { actor: office, input: input({ caseRefs: [ads.id] }) });
    expect(t.caseRefs).toEqual([ads.id]);
    expect((await createEntry(deps))?.data).toMatchObject({ caseRefs: [ads.id] });
  });

  it('refuses a case of an item the task does not inspect, naming case, item and rule', async () => {
    const { deps, cases } = await setup();
    const ads = caseOn('SCJG-ADS', 'A-2');
    cases.set(ads.id, ads);
    await expect(
      uc.createTask(deps, { actor: office, input: input({ caseRefs: [ads.id] }) }),
    ).rejects.toMatchObject({
      code: 'TASK.CASE_ITEM_NOT_IN_TASK',
      message: `case ${ads.id} inspected SCJG's item SCJG-ADS, which task ${TASK} does not inspect`,
      details: {
        field: 'caseRefs',
        rule: "专项检查: the task's items name the problem's item",
        value: ads.id,
      },
    });
    expect(await deps.tasks.get(TASK)).toBeUndefined();
  });

  it('refuses a case another department recorded on an item code the task has', async () => {
    const { deps, cases } = await setup();
    // the item is the task's only in the department that lists it (谁主管谁监管)
    const other = caseOn('SCJG-FOOD', 'B-1', 'STHJ', sthj);
    cases.set(other.id, other);
    await expect(
      uc.createTask(deps, { actor: office, input: input({ caseRefs: [other.id] }) }),
    ).rejects.toMatchObject({
      code: 'TASK.CASE_ITEM_NOT_IN_TASK',
      message: `case ${other.id} inspected STHJ's item SCJG-FOOD, which task ${TASK} does not inspect`,
    });
  });
});

describe('createTask: the entry', () => {
  it('names plan, runner, draws and entropy source; no witnesses for a beacon', async () => {
    const { deps } = await setup();
    const t = await uc.createTask(deps, { actor: scjg, input: input() });
    const entry = await createEntry(deps);
    expect(entry).toMatchObject({ seq: 1, actor: 'scjg-1', subject: TASK });
    expect(entry?.data).toMatchObject({
      plan: 'SCJG-2026',
      runBy: { by: 'scjg-1', as: 'SCJG' },
      draws: t.draws,
      entropySource: DRAND,
    });
    expect(entry?.data).not.toHaveProperty('witnesses');
    expect(entry?.data).not.toHaveProperty('caseRefs');
    expect(await deps.tasks.get(TASK)).toMatchObject({ stage: 'Created', version: 1 });
  });

  it('names each witness with the commitment it published before the task', async () => {
    const { deps } = await setup();
    const secrets = { STHJ: '57'.repeat(32), JJJC: '6a'.repeat(32) };
    const actors = { STHJ: sthj, JJJC: { sub: 'jjjc-1', roles: ['witness:JJJC'] } as Actor };
    for (const w of ['STHJ', 'JJJC'] as const)
      await uc.commitWitness(deps, {
        actor: actors[w],
        taskId: TASK,
        witness: w,
        input: { commitment: witnessCommitment(secrets[w]) },
      });
    await uc.createTask(deps, {
      actor: office,
      input: input({ entropySource: 'witness:2026-03-03:STHJ,JJJC' }),
    });
    expect((await createEntry(deps))?.data).toMatchObject({
      witnesses: [
        { id: 'STHJ', commitment: witnessCommitment(secrets.STHJ) },
        { id: 'JJJC', commitment: witnessCommitment(secrets.JJJC) },
      ],
    });
  });
});

describe('createTask: once per planned task', () => {
  const exists = {
    code: 'TASK.EXISTS',
    kind: 'conflict',
    message: `task ${TASK} exists already`,
    details: { field: 'seq', rule: 'one task per planned task', value: 7 },
  };

  /** The tasks as a concurrent create saw them: not there yet. */
  const unseen = (tasks: FakeTasks) =>
    Object.assign(Object.create(tasks) as FakeTasks, { get: async () => undefined });

  it('refuses a second create, naming seq and rule', async () => {
    const { deps } = await setup();
    await uc.createTask(deps, { actor: office, input: input() });
    await expect(uc.createTask(deps, { actor: office, input: input() })).rejects.toMatchObject(
      exists,
    );
  });

  it('answers a concurrent create of another runner as the task existing', async () => {
    const { deps } = await setup();
    await uc.createTask(deps, { actor: scjg, input: input() });
    await expect(
      uc.createTask({ ...deps, tasks: unseen(deps.tasks) }, { actor: office, input: input() }),
    ).rejects.toMatchObject(exists);
    expect((await deps.tasks.get(TASK))?.runBy).toEqual({ by: 'scjg-1', as: 'SCJG' });
    expect(deps.audit.chains.get(TASK)).toHaveLength(1);
  });

  it('returns the stored task to a retry of the same create', async () => {
    const { deps } = await setup();
    const first = await uc.createTask(deps, { actor: office, input: input() });
    const again = await uc.createTask(
      { ...deps, tasks: unseen(deps.tasks) },
      { actor: office, input: input() },
    );
    expect(again).toEqual(first);
    expect(deps.audit.chains.get(TASK)).toHaveLength(1);
  });

  it('passes any other failure of the store on as it is', async () => {
    for (const failure of [
      new Error('store unavailable'),
      new ConflictError('TASK.OTHER', 'not a concurrent create'),
    ]) {
      const { deps } = await setup();
      const tasks = Object.assign(Object.create(deps.tasks) as FakeTasks, {
        create: async (_t: Task) => {
          throw failure;
        },
      });
      await expect(
        uc.createTask({ ...deps, tasks }, { actor: office, input: input() }),
      ).rejects.toBe(failure);
    }
  });
});
