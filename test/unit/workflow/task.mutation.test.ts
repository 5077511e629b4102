import {
  advanceStage,
  assertStage,
  DomainError,
  failTask,
  type Item,
  newTask,
  TASK_STAGES,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { createInput, item, items, NOW, plan, plannedTask, task } from './fixtures';

/** The refusal `f` throws: its code, kind, message and details (the user-facing contract). */
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError)
      return { code: e.code, kind: e.kind, message: e.message, details: e.details };
    throw e;
  }
  throw new Error('no refusal');
};

const CASE = 'SCJG-2026-0123456789ab';

describe('advanceStage names the stage order it enforces', () => {
  it('lists the allowed next stages and the stage asked for', () => {
    expect(refusal(() => advanceStage(task(), 'Drawn', NOW))).toEqual({
      code: 'TASK.ILLEGAL_TRANSITION',
      kind: 'conflict',
      message: 'task 2026-SCJG-007 cannot move from Created to Drawn; allowed: Frozen, Failed',
      details: { field: 'stage', rule: 'task stage order', value: 'Drawn', current: 'Created' },
    });
  });

  it('says a terminal stage allows nothing', () => {
    const failed = failTask(task(), 'FREEZE.EMPTY_POOL', 'no targets', NOW);
    expect(refusal(() => advanceStage(failed, 'Frozen', NOW))).toEqual({
      code: 'TASK.ILLEGAL_TRANSITION',
      kind: 'conflict',
      message:
        'task 2026-SCJG-007 cannot move from Failed to Frozen; allowed: none (terminal stage)',
      details: { field: 'stage', rule: 'task stage order', value: 'Frozen', current: 'Failed' },
    });
  });

  it('moves one stage on, bumping the version and the update time', () => {
    const later = '2026-03-03T01:00:00.000Z';
    const t = advanceStage(task(), 'Frozen', later);
    expect(t).toMatchObject({ stage: 'Frozen', version: 2, updatedAt: later, createdAt: NOW });
  });
});

describe('assertStage', () => {
  it('names the current stage, the work and every stage it needs', () => {
    expect(
      refusal(() => assertStage(task(), ['Notified', 'Inspecting'], 'recording results')),
    ).toEqual({
      code: 'TASK.WRONG_STAGE',
      kind: 'conflict',
      message:
        'task 2026-SCJG-007 is Created; recording results needs stage Notified or Inspecting',
      details: {
        field: 'stage',
        rule: 'task stage order',
        value: 'Created',
        expected: ['Notified', 'Inspecting'],
      },
    });
  });

  it('lets the work go on in any of the expected stages', () => {
    for (const s of TASK_STAGES)
      expect(() => assertStage({ ...task(), stage: s }, [s], 'work')).not.toThrow();
  });
});

describe('newTask refusals name the rule and the values', () => {
  it('a plan not approved: names its status', () => {
    expect(refusal(() => newTask(plan(undefined, 'draft'), items, createInput(), NOW))).toEqual({
      code: 'TASK.PLAN_NOT_APPROVED',
      kind: 'conflict',
      message: 'plan SCJG-2026 is draft; tasks are created from approved plans only',
      details: { field: 'plan', rule: 'tasks come from approved plans', value: 'draft' },
    });
  });

  it('a task number not planned: lists the planned ones', () => {
    const p = plan([plannedTask(), plannedTask({ seq: 9, id: '2026-SCJG-009' })]);
    expect(refusal(() => newTask(p, items, createInput({ seq: 8 }), NOW))).toEqual({
      code: 'TASK.NOT_PLANNED',
      kind: 'invalid',
      message: 'plan SCJG-2026 has no task 8; planned: 2026-SCJG-007, 2026-SCJG-009',
      details: { field: 'seq', rule: 'a task executes a planned task', value: 8 },
    });
  });

  it('a team below two officers (《行政处罚法》第42条)', () => {
    expect(refusal(() => task({ teamSize: 1 }))).toEqual({
      code: 'TASK.TEAM_TOO_SMALL',
      kind: 'invalid',
      message: 'team size 1 is below 2 enforcement officers (《行政处罚法》第42条)',
      details: { field: 'teamSize', rule: '≥ 2 enforcement officers', value: 1 },
    });
  });

  it('a reserve for a stratum not planned: lists the planned strata', () => {
    expect(refusal(() => task({}, { reserves: { 'risk:B': 1 } }))).toEqual({
      code: 'TASK.RESERVE_UNKNOWN_STRATUM',
      kind: 'invalid',
      message:
        'reserve given for stratum risk:B, which the planned task does not have (risk:A, risk:D)',
      details: { field: 'reserves.risk:B', rule: 'reserves per planned stratum', value: 'risk:B' },
    });
  });

  it('a qualification for a department outside the task', () => {
    expect(refusal(() => task({}, { qualifications: { STHJ: 'STHJ-EMIT' } }))).toEqual({
      code: 'TASK.QUALIFICATION_UNKNOWN_DEPARTMENT',
      kind: 'invalid',
      message: 'qualification given for STHJ, which takes no part in task 2026-SCJG-007',
      details: {
        field: 'qualifications.STHJ',
        rule: 'initiator or participants only',
        value: 'STHJ',
      },
    });
  });

  it('accepts qualifications for the initiator and for a participant', () => {
    const t = task(
      { items: ['SCJG-FOOD', 'STHJ-EMIT'], participants: ['STHJ'], joint: true },
      { qualifications: { SCJG: 'SCJG-FOOD', STHJ: 'STHJ-EMIT' } },
    );
    expect(t.draws.map((d) => [d.department, d.qualification])).toEqual([
      ['SCJG', 'SCJG-FOOD'],
      ['STHJ', 'STHJ-EMIT'],
    ]);
  });

  it('an item on no list of the task departments (清单之外无检查), by its position', () => {
    expect(refusal(() => task({ items: ['SCJG-FOOD', 'SCJG-GONE'] }))).toEqual({
      code: 'TASK.ITEM_NOT_LISTED',
      kind: 'invalid',
      message:
        'item SCJG-GONE is on no item list of SCJG: nothing is inspected outside the list (清单之外无检查)',
      details: {
        field: 'items.1',
        rule: '清单之外无检查 (台政发〔2019〕12号 二(七))',
        value: 'SCJG-GONE',
      },
    });
  });

  it('an item on no list of a joint task: names every list looked in', () => {
    expect(
      refusal(() =>
        task({ items: ['SCJG-FOOD', 'STHJ-EMIT', 'XX-GONE'], participants: ['STHJ'], joint: true }),
      ),
    ).toMatchObject({
      code: 'TASK.ITEM_NOT_LISTED',
      message:
        'item XX-GONE is on no item list of SCJG, STHJ: nothing is inspected outside the list (清单之外无检查)',
      details: { field: 'items.2', value: 'XX-GONE' },
    });
  });

  it("an item only another department's list holds, that department not in the task", () => {
    // STHJ-EMIT is on STHJ's list, but STHJ takes no part: SCJG may not inspect it
    expect(refusal(() => task({ items: ['STHJ-EMIT'] }))).toMatchObject({
      code: 'TASK.ITEM_NOT_LISTED',
      details: { field: 'items.0', value: 'STHJ-EMIT' },
    });
  });

  it('an inactive item: names the list that holds it', () => {
    const inactive: Item = { ...item('SCJG', 'SCJG-FOOD'), status: 'inactive' };
    expect(refusal(() => newTask(plan(), [inactive], createInput(), NOW))).toEqual({
      code: 'TASK.ITEM_INACTIVE',
      kind: 'invalid',
      message: 'item SCJG-FOOD is inactive on the list of SCJG; a task needs active items',
      details: {
        field: 'items.0',
        rule: '清单之外无检查 (台政发〔2019〕12号 二(七))',
        value: 'SCJG-FOOD',
      },
    });
  });

  it('resolves each item on its own code, the qualification it names', () => {
    // SCJG-FOOD comes first on SCJG's list: SCJG-ADS must still resolve to itself
    const t = newTask(
      plan([plannedTask({ items: ['SCJG-ADS'] })]),
      [item('SCJG', 'SCJG-FOOD', 'Q-FOOD'), item('SCJG', 'SCJG-ADS', 'Q-ADS')],
      createInput(),
      NOW,
    );
    expect(t.items).toEqual([{ code: 'SCJG-ADS', department: 'SCJG', qualification: 'Q-ADS' }]);
    expect(t.draws[0]?.qualification).toBe('Q-ADS');
  });

  it('an item on the initiator list and a participant list is the initiator’s', () => {
    const t = newTask(
      plan([plannedTask({ items: ['SCJG-FOOD', 'STHJ-EMIT'], participants: ['STHJ'] })]),
      [
        item('STHJ', 'SCJG-FOOD', 'Q-STHJ'),
        item('SCJG', 'SCJG-FOOD', 'Q-SCJG'),
        item('STHJ', 'STHJ-EMIT'),
      ],
      createInput(),
      NOW,
    );
    expect(t.items.map((i) => [i.code, i.department, i.qualification])).toEqual([
      ['SCJG-FOOD', 'SCJG', 'Q-SCJG'],
      ['STHJ-EMIT', 'STHJ', 'STHJ-EMIT'],
    ]);
  });

  it('carries the expertise (业务专长) an item calls for, and none when it calls for none', () => {
    const expert: Item = { ...item('SCJG', 'SCJG-FOOD'), expertise: ['食品检验'] };
    const t = newTask(plan(), [expert], createInput(), NOW);
    expect(t.items).toEqual([
      {
        code: 'SCJG-FOOD',
        department: 'SCJG',
        qualification: 'SCJG-FOOD',
        expertise: ['食品检验'],
      },
    ]);
    expect(task().items[0]).not.toHaveProperty('expertise');
  });

  it('a qualification none of the department items needs: lists the ones they need', () => {
    expect(
      refusal(() =>
        task({ items: ['SCJG-FOOD', 'SCJG-ADS'] }, { qualifications: { SCJG: 'STHJ-EMIT' } }),
      ),
    ).toEqual({
      code: 'TASK.QUALIFICATION_NOT_OF_ITEMS',
      kind: 'invalid',
      message:
        'qualification STHJ-EMIT for SCJG is not required by any of its items in the task (SCJG-FOOD, SCJG-ADS)',
      details: {
        field: 'qualifications.SCJG',
        rule: 'drawn on an item qualification',
        value: 'STHJ-EMIT',
      },
    });
  });

  it('a qualification for a participant with no item in the task: none needed', () => {
    expect(
      refusal(() =>
        task({ participants: ['STHJ'], joint: true }, { qualifications: { STHJ: 'STHJ-EMIT' } }),
      ),
    ).toMatchObject({
      code: 'TASK.QUALIFICATION_NOT_OF_ITEMS',
      message:
        'qualification STHJ-EMIT for STHJ is not required by any of its items in the task (none)',
      details: { field: 'qualifications.STHJ', value: 'STHJ-EMIT' },
    });
  });

  it('a participant none of whose items is in the task', () => {
    expect(refusal(() => task({ participants: ['STHJ'], joint: true }))).toEqual({
      code: 'TASK.DEPARTMENT_WITHOUT_ITEM',
      kind: 'invalid',
      message: 'STHJ takes part in task 2026-SCJG-007 but none of its items is in it',
      details: { field: 'items', rule: 'every department inspects its own items', value: 'STHJ' },
    });
  });
});

describe('newTask: 专项检查 scope (台政发〔2019〕12号 二(七))', () => {
  const scope = (towns: string[], industries: string[]) => ({
    kinds: [],
    towns,
    industries,
    riskClasses: [],
  });

  it('refuses cases on a scope naming no town or industry, naming the cases', () => {
    expect(refusal(() => task({ scope: scope([], []) }, { caseRefs: [CASE] }))).toEqual({
      code: 'TASK.SPECIAL_SCOPE',
      kind: 'invalid',
      message: 'task 2026-SCJG-007 is linked to cases but its scope names no town or industry',
      details: {
        field: 'caseRefs',
        rule: '专项检查: the scope names the towns or industries concerned (台政发〔2019〕12号 二(七))',
        value: [CASE],
      },
    });
  });

  it('accepts cases on a scope naming towns, industries or both', () => {
    for (const s of [
      scope(['运河街道'], []),
      scope([], ['食品制造']),
      scope(['运河街道'], ['食品制造']),
    ])
      expect(task({ scope: s }, { caseRefs: [CASE, CASE] }).caseRefs).toEqual([CASE]);
  });

  it('a task without cases holds no case list', () => {
    expect(task()).not.toHaveProperty('caseRefs');
  });
});

describe('newTask: the window of recent inspections', () => {
  it('keeps the planned window, and holds none when the plan sets none', () => {
    expect(task({ excludeInspectedWithinDays: 90 }).excludeInspectedWithinDays).toBe(90);
    expect(task()).not.toHaveProperty('excludeInspectedWithinDays');
  });
});
