import {
  amendPlan,
  approvePlan,
  ConflictError,
  checkFiledOn,
  checkPlanTask,
  checkPlanTasks,
  type DomainError,
  deactivateItem,
  newPlan,
  type Plan,
  planId,
  publicPlanView,
  publishPlan,
  refilePlan,
  returnPlan,
  ValidationError,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { catalogue, checkContext, counts, ctx, item, task } from './plan-fixtures';

const refusal = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

const office = { actor: 'u-office', now: '2026-02-10T01:00:00.000Z' };
const november = { actor: 'clerk', now: '2026-11-29T02:00:00.000Z' };

const tasks = (seqs = [1]) =>
  checkPlanTasks(
    'SCJG',
    2026,
    seqs.map((seq) => task({ seq })),
    checkContext(Object.fromEntries(seqs.map((s) => [s, counts()]))),
  );
const filed = (seqs = [1]): Plan =>
  newPlan({ department: 'SCJG', year: 2026, tasks: tasks(seqs) }, ctx).plan;
const draft = (): Plan =>
  newPlan({ department: 'SCJG', year: 2026, tasks: tasks(), draft: true }, ctx).plan;

describe('a paper filing day (filedOn)', () => {
  it('may be today in Shanghai, though it is still the day before in UTC', () => {
    // 2026-11-28T16:30Z is 29 November 00:30 in Shanghai
    expect(() => checkFiledOn(2026, '2026-11-29', '2026-11-28T16:30:00.000Z')).not.toThrow();
  });

  it('may not be tomorrow, and the refusal names the day and today', () => {
    const e = refusal(() => checkFiledOn(2026, '2026-11-30', '2026-11-28T16:30:00.000Z'));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.code).toBe('PLAN.FILED_ON_INVALID');
    expect(e.message).toBe('filedOn 2026-11-30 is after today (2026-11-29)');
    expect(e.details).toEqual({
      field: 'filedOn',
      rule: 'a plan cannot have been filed in the future',
      value: '2026-11-30',
    });
  });

  it('may be 1 January of the year before, not the day before that', () => {
    expect(() => checkFiledOn(2026, '2025-01-01', november.now)).not.toThrow();
    const e = refusal(() => checkFiledOn(2026, '2024-12-31', november.now));
    expect(e.code).toBe('PLAN.FILED_ON_INVALID');
    expect(e.message).toBe('filedOn 2024-12-31 is before 2025-01-01');
    expect(e.details).toEqual({
      field: 'filedOn',
      rule: 'a plan is filed in its year or the year before',
      value: '2024-12-31',
    });
  });

  it('on 31 January is in time, on 1 February late', () => {
    const on = (filedOn: string) =>
      newPlan({ department: 'SCJG', year: 2026, tasks: tasks(), filedOn }, november).plan.late;
    expect(on('2026-01-31')).toBe(false);
    expect(on('2026-02-01')).toBe(true);
  });

  it('is ignored for a draft, which is not filed', () => {
    const { plan } = newPlan(
      { department: 'SCJG', year: 2026, tasks: tasks(), draft: true, filedOn: '2030-01-01' },
      november,
    );
    expect(plan.filedOn).toBeUndefined();
    expect(plan.late).toBe(false);
  });

  it('is given when a draft is filed, checked and kept', () => {
    const { plan } = refilePlan(draft(), tasks(), november, '', '2026-01-20');
    expect(plan).toMatchObject({ status: 'filed', filedOn: '2026-01-20', late: false });
    const e = refusal(() => refilePlan(draft(), tasks(), november, '', '2026-12-01'));
    expect(e.code).toBe('PLAN.FILED_ON_INVALID');
    expect(e.details.value).toBe('2026-12-01');
  });
});

describe('a new plan', () => {
  it('filed at once: its id, stamps and first history entry', () => {
    const { plan, entry } = newPlan(
      { department: 'SCJG', year: 2026, tasks: tasks(), reason: '年度计划' },
      ctx,
    );
    expect(planId('SCJG', 2026)).toBe('SCJG-2026');
    expect(entry).toEqual({
      version: 1,
      action: 'file',
      by: ctx.actor,
      at: ctx.now,
      why: '年度计划',
      changes: [],
    });
    expect(plan).toMatchObject({
      id: 'SCJG-2026',
      department: 'SCJG',
      year: 2026,
      status: 'filed',
      firstFiledAt: ctx.now,
      filedAt: ctx.now,
      late: false,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      version: 1,
    });
    expect(plan.history).toEqual([entry]);
  });

  it('saved as a draft: created, not filed, without a reason', () => {
    const { plan, entry } = newPlan(
      { department: 'SCJG', year: 2026, tasks: tasks(), draft: true },
      ctx,
    );
    expect(entry).toEqual({
      version: 1,
      action: 'create',
      by: ctx.actor,
      at: ctx.now,
      why: '',
      changes: [],
    });
    expect(plan.status).toBe('draft');
    expect(plan.firstFiledAt).toBeUndefined();
    expect(plan.filedAt).toBeUndefined();
    expect(plan.history).toEqual([entry]);
  });
});

describe('checking a task: every refusal names the field, the rule and the value', () => {
  it('refuses input the schema refuses, with the PLAN prefix', () => {
    const e = refusal(() => checkPlanTask('SCJG', 2026, task({ seq: 0 }), 0, checkContext()));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.code).toBe('PLAN.INVALID_FIELD');
    expect(e.details.field).toBe('seq');
  });

  it('refuses a year outside 2000–2100, with the PLAN prefix', () => {
    const e = refusal(() => checkPlanTasks('SCJG', 1999, [task()], checkContext()));
    expect(e.code).toBe('PLAN.INVALID_FIELD');
    expect(e.details.value).toBe(1999);
  });

  it('a team of 1', () => {
    const e = refusal(() => checkPlanTask('SCJG', 2026, task({ teamSize: 1 }), 2, checkContext()));
    expect(e.code).toBe('PLAN.TEAM_TOO_SMALL');
    expect(e.message).toBe(
      'tasks.2.teamSize: 1 inspector(s); an inspection needs at least 2 enforcement officers (《行政处罚法》第42条)',
    );
    expect(e.details).toEqual({
      field: 'tasks.2.teamSize',
      rule: '《行政处罚法》第42条: team ≥ 2',
      value: 1,
    });
  });

  it('a window of one day is accepted', () => {
    const window = { start: '2026-06-01', end: '2026-06-01' };
    expect(checkPlanTask('SCJG', 2026, task({ window }), 0, checkContext()).window).toEqual(window);
  });

  it('a window that ends before it starts', () => {
    const window = { start: '2026-05-01', end: '2026-04-30' };
    const e = refusal(() => checkPlanTask('SCJG', 2026, task({ window }), 0, checkContext()));
    expect(e.code).toBe('PLAN.WINDOW_INVALID');
    expect(e.message).toBe('tasks.0.window: start 2026-05-01 is after end 2026-04-30');
    expect(e.details).toEqual({ field: 'tasks.0.window', rule: 'start ≤ end', value: window });
  });

  it('a window starting in the year before', () => {
    const window = { start: '2025-12-01', end: '2026-01-15' };
    const e = refusal(() => checkPlanTask('SCJG', 2026, task({ window }), 0, checkContext()));
    expect(e.code).toBe('PLAN.WINDOW_OUTSIDE_YEAR');
    expect(e.message).toBe(
      'tasks.0.window: 2025-12-01…2026-01-15 is not within the plan year 2026',
    );
    expect(e.details).toEqual({
      field: 'tasks.0.window',
      rule: 'the window lies within the plan year',
      value: window,
    });
  });

  it('a window ending in the year after', () => {
    const window = { start: '2026-12-01', end: '2027-01-15' };
    const e = refusal(() => checkPlanTask('SCJG', 2026, task({ window }), 0, checkContext()));
    expect(e.code).toBe('PLAN.WINDOW_OUTSIDE_YEAR');
  });

  it('a participant named twice', () => {
    const e = refusal(() =>
      checkPlanTask('SCJG', 2026, task({ participants: ['STHJ', 'STHJ'] }), 0, checkContext()),
    );
    expect(e.code).toBe('PLAN.PARTICIPANTS_INVALID');
    expect(e.message).toBe(
      'tasks.0.participants: STHJ,STHJ must be distinct and exclude the initiating department SCJG',
    );
    expect(e.details).toEqual({
      field: 'tasks.0.participants',
      rule: '发起部门 and 参与部门 are different departments',
      value: ['STHJ', 'STHJ'],
    });
  });

  it('the initiator as a participant', () => {
    const e = refusal(() =>
      checkPlanTask('SCJG', 2026, task({ participants: ['STHJ', 'SCJG'] }), 0, checkContext()),
    );
    expect(e.code).toBe('PLAN.PARTICIPANTS_INVALID');
    expect(e.details.value).toEqual(['STHJ', 'SCJG']);
  });

  it('an item named twice', () => {
    const items = ['SCJG-FOOD', 'SCJG-FOOD'];
    const e = refusal(() => checkPlanTask('SCJG', 2026, task({ items }), 0, checkContext()));
    expect(e.code).toBe('PLAN.ITEM_DUPLICATE');
    expect(e.message).toBe('tasks.0.items: an item is named twice');
    expect(e.details).toEqual({ field: 'tasks.0.items', rule: 'items are distinct', value: items });
  });

  it('an item on no list of the initiator or the participants', () => {
    const e = refusal(() =>
      checkPlanTask(
        'SCJG',
        2026,
        task({ items: ['SCJG-FOOD', 'SCJG-DRUG'], participants: ['STHJ'] }),
        0,
        checkContext(),
      ),
    );
    expect(e.code).toBe('PLAN.ITEM_NOT_LISTED');
    expect(e.message).toBe(
      'tasks.0.items.1: SCJG-DRUG is not on the item list of SCJG, STHJ; 清单之外无检查 (台政发〔2019〕12号 二(七))',
    );
    expect(e.details).toEqual({
      field: 'tasks.0.items.1',
      rule: '清单之外无检查: nothing outside the item list is inspected',
      value: 'SCJG-DRUG',
    });
  });

  it('an item taken off the list', () => {
    const off = deactivateItem(
      item('SCJG', 'SCJG-OLD', 'general'),
      { reason: '事项取消' },
      ctx,
    ).item;
    const e = refusal(() =>
      checkPlanTask('SCJG', 2026, task({ items: ['SCJG-OLD'] }), 0, {
        items: [...catalogue, off],
        counts: new Map([[1, counts()]]),
      }),
    );
    expect(e.code).toBe('PLAN.ITEM_INACTIVE');
    expect(e.message).toBe(
      'tasks.0.items.0: SCJG-OLD has been taken off the item list; 清单之外无检查',
    );
    expect(e.details).toEqual({
      field: 'tasks.0.items.0',
      rule: '清单之外无检查: only active items may be planned',
      value: 'SCJG-OLD',
    });
  });

  it('a stratum named twice', () => {
    const strata = [
      { key: 'risk:A' as const, ratioBp: 2000 },
      { key: 'risk:A' as const, ratioBp: 3000 },
    ];
    const e = refusal(() => checkPlanTask('SCJG', 2026, task({ strata }), 0, checkContext()));
    expect(e.code).toBe('PLAN.STRATA_INVALID');
    expect(e.message).toBe('tasks.0.strata: duplicate stratum key');
    expect(e.details).toEqual({
      field: 'tasks.0.strata',
      rule: 'one ratio per stratum',
      value: ['risk:A', 'risk:A'],
    });
  });

  it('"all" beside a risk stratum', () => {
    const strata = [
      { key: 'all' as const, ratioBp: 2000 },
      { key: 'risk:D' as const, ratioBp: 3000 },
    ];
    const e = refusal(() => checkPlanTask('SCJG', 2026, task({ strata }), 0, checkContext()));
    expect(e.code).toBe('PLAN.STRATA_INVALID');
    expect(e.message).toBe(
      'tasks.0.strata: "all" is a single plain ratio and cannot be combined with risk strata',
    );
    expect(e.details).toEqual({
      field: 'tasks.0.strata',
      rule: 'strata are either `all` or by risk class',
      value: ['all', 'risk:D'],
    });
  });

  it('risk strata that differ from the risk classes of the scope', () => {
    const e = refusal(() =>
      checkPlanTask(
        'SCJG',
        2026,
        task({
          scope: { riskClasses: ['A', 'B'] },
          strata: [{ key: 'risk:A', ratioBp: 2000 }],
        }),
        0,
        checkContext(),
      ),
    );
    expect(e.code).toBe('PLAN.STRATA_INVALID');
    expect(e.message).toBe('tasks.0: scope risk classes A,B differ from strata risk:A');
    expect(e.details).toEqual({
      field: 'tasks.0.scope.riskClasses',
      rule: 'risk strata define the risk classes in the pool',
      value: ['A', 'B'],
    });
  });

  it('a risk stratum whose class the scope leaves out, naming every stratum', () => {
    const e = refusal(() =>
      checkPlanTask(
        'SCJG',
        2026,
        task({
          scope: { riskClasses: ['A'] },
          strata: [
            { key: 'risk:A', ratioBp: 2000 },
            { key: 'risk:B', ratioBp: 2000 },
          ],
        }),
        1,
        checkContext(),
      ),
    );
    expect(e.code).toBe('PLAN.STRATA_INVALID');
    expect(e.message).toBe('tasks.1: scope risk classes A differ from strata risk:A,risk:B');
    expect(e.details.field).toBe('tasks.1.scope.riskClasses');
  });

  it('accepts risk strata matching the scope in any order', () => {
    const check = (riskClasses: ('A' | 'B')[], keys: ('risk:A' | 'risk:B')[]) =>
      checkPlanTask(
        'SCJG',
        2026,
        task({ scope: { riskClasses }, strata: keys.map((key) => ({ key, ratioBp: 2000 })) }),
        0,
        checkContext({ 1: counts({ A: 10, B: 10 }) }),
      );
    expect(check(['A', 'B'], ['risk:B', 'risk:A']).scope.riskClasses).toEqual(['A', 'B']);
    expect(check(['B', 'A'], ['risk:A', 'risk:B']).scope.riskClasses).toEqual(['B', 'A']);
    expect(check(['A', 'A'], ['risk:A']).strata).toHaveLength(1);
  });

  it('accepts one plain ratio ("all") over a scope limited to risk classes', () => {
    const t = checkPlanTask(
      'SCJG',
      2026,
      task({ scope: { riskClasses: ['A'] }, strata: [{ key: 'all', ratioBp: 2000 }] }),
      0,
      checkContext(),
    );
    expect(t.scope.riskClasses).toEqual(['A']);
  });

  it('needs the directory counts of every task', () => {
    expect(() => checkPlanTask('SCJG', 2026, task({ seq: 5 }), 0, checkContext())).toThrow(
      new RangeError('no directory counts given for task 5'),
    );
  });

  it('computes the category of key, general and mixed item lists, the planned targets and ratio', () => {
    const of = (items: string[]) =>
      checkPlanTask('SCJG', 2026, task({ items }), 0, checkContext({ 1: counts({ A: 99 }) }));
    expect(of(['SCJG-FOOD']).category).toBe('key');
    expect(of(['SCJG-ADS']).category).toBe('general');
    expect(of(['SCJG-ADS', 'SCJG-FOOD']).category).toBe('mixed');
    // 20 % of 99 objects: ⌈19.8⌉ = 20 planned
    expect(of(['SCJG-FOOD'])).toMatchObject({
      planned: 20,
      joint: false,
      ratio: { numerator: 2000 * 99, denominator: 99, weighted: true, bp: 2000 },
    });
  });

  it('refuses a task number twice in a plan', () => {
    const e = refusal(() =>
      checkPlanTasks('SCJG', 2026, [task({ seq: 4 }), task({ seq: 2 }), task({ seq: 4 })], {
        ...checkContext(),
      }),
    );
    expect(e.code).toBe('PLAN.TASK_SEQ_DUPLICATE');
    expect(e.message).toBe('tasks: task number 4 appears twice');
    expect(e.details).toEqual({
      field: 'tasks',
      rule: 'task numbers are unique in a plan',
      value: 4,
    });
  });
});

describe('amending a plan: the history records which tasks changed', () => {
  it('a task removed and one added', () => {
    const plan = filed([1, 2]);
    const { plan: next, entry } = amendPlan(plan, [plan.tasks[1]!, ...tasks([3])], office, '调整');
    expect(entry).toEqual({
      version: 2,
      action: 'amend',
      by: office.actor,
      at: office.now,
      why: '调整',
      changes: [{ field: 'tasks', from: { removed: [1] }, to: { added: [3], changed: [] } }],
    });
    expect(next.history).toEqual([plan.history[0], entry]);
    expect(next).toMatchObject({ version: 2, updatedAt: office.now, createdAt: ctx.now });
    expect(next.tasks.map((t) => t.seq)).toEqual([2, 3]);
  });

  it('a task removed and one changed', () => {
    const plan = filed([1, 2]);
    const changed = { ...plan.tasks[0]!, teamSize: 3 };
    const { entry } = amendPlan(plan, [changed], office);
    expect(entry.why).toBe('');
    expect(entry.changes).toEqual([
      { field: 'tasks', from: { removed: [2] }, to: { added: [], changed: [1] } },
    ]);
  });

  it('nothing changed: no change recorded, the version still moves on', () => {
    const plan = filed([1, 2]);
    const { plan: next, entry } = amendPlan(plan, plan.tasks, office);
    expect(entry.changes).toEqual([]);
    expect(next.version).toBe(2);
  });

  it('a draft and a returned plan may be amended and keep their status', () => {
    expect(amendPlan(draft(), tasks([1, 2]), ctx).plan.status).toBe('draft');
    const back = returnPlan(filed(), '比例说明不清', office).plan;
    expect(amendPlan(back, back.tasks, ctx).plan.status).toBe('returned');
  });

  it('an approved plan may not, and the refusal names the status and what is allowed', () => {
    const { plan } = approvePlan(filed(), office);
    const e = refusal(() => amendPlan(plan, plan.tasks, ctx));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.code).toBe('PLAN.NOT_AMENDABLE');
    expect(e.message).toBe(
      'plan SCJG-2026 is approved: it cannot be amended (a plan is amended only before approval); allowed from draft, filed, returned',
    );
    expect(e.details).toEqual({
      field: 'status',
      rule: 'a plan is amended only before approval',
      value: 'approved',
    });
  });
});

describe('filing a draft and re-filing a returned plan', () => {
  it('a draft is filed: action file, status change recorded', () => {
    const d = draft();
    const { plan, entry } = refilePlan(d, d.tasks, office);
    expect(entry).toEqual({
      version: 2,
      action: 'file',
      by: office.actor,
      at: office.now,
      why: '',
      changes: [{ field: 'status', from: 'draft', to: 'filed' }],
    });
    expect(plan).toMatchObject({
      status: 'filed',
      firstFiledAt: office.now,
      filedAt: office.now,
      late: true,
    });
    expect(plan.history).toEqual([d.history[0], entry]);
  });

  it('a returned plan is re-filed: action refile, with the reason', () => {
    const first = filed();
    const back = returnPlan(first, '比例说明不清', office).plan;
    const { plan, entry } = refilePlan(back, back.tasks, november, '已补充说明');
    expect(entry).toMatchObject({
      action: 'refile',
      why: '已补充说明',
      changes: [{ field: 'status', from: 'returned', to: 'filed' }],
    });
    expect(plan).toMatchObject({
      version: 3,
      firstFiledAt: ctx.now,
      filedAt: november.now,
      late: false,
    });
    expect(plan.filedOn).toBeUndefined();
  });

  it('a filed plan is not filed again', () => {
    const e = refusal(() => refilePlan(filed(), [], ctx));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.code).toBe('PLAN.ALREADY_FILED');
    expect(e.message).toBe(
      'plan SCJG-2026 is filed: it cannot be filed again (a filed plan is amended, not filed twice); allowed from draft, returned',
    );
    expect(e.details).toEqual({
      field: 'status',
      rule: 'a filed plan is amended, not filed twice',
      value: 'filed',
    });
  });
});

describe('the office approves and returns filed plans', () => {
  it('approving records who and when, and the status change', () => {
    const first = filed();
    const { plan, entry } = approvePlan(first, office);
    expect(entry).toEqual({
      version: 2,
      action: 'approve',
      by: office.actor,
      at: office.now,
      why: '',
      changes: [{ field: 'status', from: 'filed', to: 'approved' }],
    });
    expect(plan).toMatchObject({
      status: 'approved',
      approved: { by: office.actor, at: office.now },
      version: 2,
    });
    expect(plan.history).toEqual([first.history[0], entry]);
  });

  it('a draft is not approved', () => {
    const e = refusal(() => approvePlan(draft(), office));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.code).toBe('PLAN.NOT_FILED');
    expect(e.message).toBe(
      'plan SCJG-2026 is draft: it cannot be approved (only a filed plan is approved); allowed from filed',
    );
    expect(e.details).toEqual({
      field: 'status',
      rule: 'only a filed plan is approved',
      value: 'draft',
    });
  });

  it('returning records the reason, who and when, and the status change', () => {
    const { plan, entry } = returnPlan(filed(), '联合抽查比例不足', office);
    expect(entry).toEqual({
      version: 2,
      action: 'return',
      by: office.actor,
      at: office.now,
      why: '联合抽查比例不足',
      changes: [{ field: 'status', from: 'filed', to: 'returned' }],
    });
    expect(plan.returned).toEqual({ by: office.actor, at: office.now, reason: '联合抽查比例不足' });
  });

  it('a draft is not returned', () => {
    const e = refusal(() => returnPlan(draft(), '比例不足', office));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.code).toBe('PLAN.NOT_FILED');
    expect(e.message).toBe(
      'plan SCJG-2026 is draft: it cannot be returned (only a filed plan is returned); allowed from filed',
    );
    expect(e.details).toEqual({
      field: 'status',
      rule: 'only a filed plan is returned',
      value: 'draft',
    });
  });

  it('a plan is not returned without a reason', () => {
    const e = refusal(() => returnPlan(filed(), '  ', office));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.code).toBe('PLAN.REASON_REQUIRED');
    expect(e.message).toBe('reason: a returned plan needs a reason');
    expect(e.details.field).toBe('reason');
    expect(e.details.rule).toBe('the office says why it returns a plan');
  });
});

describe('publishing a plan on record (备案, 二(四))', () => {
  it('records who published it and when, and the status change', () => {
    const first = filed();
    const { plan, entry } = publishPlan(first, ctx);
    expect(entry).toEqual({
      version: 2,
      action: 'publish',
      by: ctx.actor,
      at: ctx.now,
      why: '',
      changes: [{ field: 'status', from: 'filed', to: 'published' }],
    });
    expect(plan).toMatchObject({
      status: 'published',
      published: { by: ctx.actor, at: ctx.now },
    });
  });

  it('a draft or a published plan is not published', () => {
    const e = refusal(() => publishPlan(draft(), ctx));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.code).toBe('PLAN.NOT_ON_RECORD');
    expect(e.message).toBe(
      'plan SCJG-2026 is draft: it cannot be published (a plan is published once it is on record with the office (备案)); allowed from filed, approved',
    );
    expect(e.details).toEqual({
      field: 'status',
      rule: 'a plan is published once it is on record with the office (备案)',
      value: 'draft',
    });
    const published = publishPlan(filed(), ctx).plan;
    expect(refusal(() => publishPlan(published, ctx)).code).toBe('PLAN.NOT_ON_RECORD');
  });

  it('the public view is the plan without its history', () => {
    const plan = publishPlan(filed(), ctx).plan;
    const view = publicPlanView(plan);
    expect(view).not.toHaveProperty('history');
    expect(view).toEqual({ ...plan, history: undefined });
    expect(Object.keys(view)).toEqual(Object.keys(plan).filter((k) => k !== 'history'));
  });
});
