import {
  type Actor,
  type Case,
  type CaseRepository,
  newCase,
  publicResult,
  workflowUseCases as uc,
  type WorkflowDeps,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { fakeWorkflowDeps } from './fakes';
import { items, plan, plannedTask, task } from './fixtures';

/** 专项检查: a drawn task opened on recorded cases (二(七)). */
const office: Actor = { sub: 'office-1', roles: ['office'] };
const scjg: Actor = { sub: 'scjg-1', roles: ['dept:SCJG'] };

const caseOn = (item: string, ref: string): Case =>
  newCase(
    {
      department: 'SCJG',
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
    { actor: scjg, now: '2026-03-01T01:00:00.000Z' },
  );

const setup = async (
  scope = { kinds: [], towns: ['运河街道'], industries: [], riskClasses: [] },
) => {
  const cases = new Map<string, Case>();
  const caseStore: CaseRepository = {
    create: async (c) => void cases.set(c.id, c),
    get: async (id) => cases.get(id),
    listByDepartment: async () => ({ items: [...cases.values()] }),
    publish: async () => {},
    listPublished: async () => ({ items: [] }),
  };
  const deps = {
    ...fakeWorkflowDeps('2026-03-02T01:00:00.000Z'),
    cases: caseStore,
  } satisfies WorkflowDeps;
  await deps.plans.create(plan([plannedTask({ scope })]));
  for (const i of items) await deps.items.create(i);
  const food = caseOn('SCJG-FOOD', 'A-1');
  const ads = caseOn('SCJG-ADS', 'A-2');
  cases.set(food.id, food);
  cases.set(ads.id, ads);
  return { deps, food, ads };
};

const create = (deps: WorkflowDeps, caseRefs: string[]) =>
  uc.createTask(deps, {
    actor: office,
    input: {
      department: 'SCJG',
      year: 2026,
      seq: 7,
      entropySource: 'drand:quicknet:25000000',
      caseRefs,
    },
  });

describe('special inspections (专项检查)', () => {
  it('opens a task linked to the cases that prompted it, and records the link', async () => {
    const { deps, food } = await setup();
    const t = await create(deps, [food.id, food.id]);
    expect(t.caseRefs).toEqual([food.id]);
    const entry = (await deps.audit.read(t.id, { limit: 10 })).items.find(
      (e) => e.action === 'task.create',
    );
    expect(entry?.data).toMatchObject({ caseRefs: [food.id] });
  });

  it('refuses a case not recorded, and a case of an item the task does not inspect', async () => {
    const { deps, ads } = await setup();
    await expect(create(deps, ['SCJG-2026-000000000000'])).rejects.toMatchObject({
      code: 'TASK.CASE_NOT_FOUND',
      details: { field: 'caseRefs' },
    });
    await expect(create(deps, [ads.id])).rejects.toMatchObject({
      code: 'TASK.CASE_ITEM_NOT_IN_TASK',
    });
    expect(await deps.tasks.get('2026-SCJG-007')).toBeUndefined();
  });

  it('refuses a task on cases whose scope names no town or industry', () => {
    expect(() => task({}, { caseRefs: ['SCJG-2026-000000000000'] })).toThrow(
      expect.objectContaining({ code: 'TASK.SPECIAL_SCOPE' }),
    );
    expect(task({}, {}).caseRefs).toBeUndefined();
    expect(
      task(
        { scope: { kinds: [], towns: [], industries: ['餐饮'], riskClasses: [] } },
        { caseRefs: ['SCJG-2026-000000000000'] },
      ).caseRefs,
    ).toEqual(['SCJG-2026-000000000000']);
  });
});

describe("a drawn task's public result", () => {
  it('shows how many evidence files back it, and none of them', () => {
    const evidence = [
      { id: `aa/${'a'.repeat(64)}`, sha256: 'a'.repeat(64) },
      { id: `bb/${'b'.repeat(64)}`, sha256: 'b'.repeat(64) },
    ];
    const t = task();
    const shown = publicResult(
      t,
      {
        taskId: t.id,
        targetId: 'T-1',
        item: 'SCJG-FOOD',
        department: 'SCJG',
        method: 'on-site',
        inspectionDate: '2026-04-01',
        wording: 'no-problem',
        evidence,
        team: ['I-1', 'I-2'],
        suspectedCrime: false,
        recordedBy: 'scjg-1',
        recordedAt: '2026-04-01T08:00:00.000Z',
        publication: { dueBy: '2026-04-30', provisional: false },
      },
      { planName: '计划', itemName: '食品', target: { name: '某店' } },
    );
    expect(shown.evidenceCount).toBe(2);
    expect(shown.inspectionType).toBe('不定向抽查');
    expect(JSON.stringify(shown)).not.toContain('a'.repeat(64));
  });
});
