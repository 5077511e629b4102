import {
  amendPlan,
  approvePlan,
  ConflictError,
  checkPlanTask,
  checkPlanTasks,
  type DomainError,
  deactivateItem,
  isLateFiling,
  newPlan,
  type Plan,
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

const tasks = () => checkPlanTasks('SCJG', 2026, [task()], checkContext());
const filed = (): Plan => newPlan({ department: 'SCJG', year: 2026, tasks: tasks() }, ctx).plan;
const office = { actor: 'u-office', now: '2026-02-10T01:00:00.000Z' };

describe('plan tasks', () => {
  it('computes id, initiator, joint flag and category', () => {
    const [t] = checkPlanTasks(
      'SCJG',
      2026,
      [
        task({
          seq: 7,
          items: ['SCJG-ADS', 'STHJ-EMIT'],
          strata: [{ key: 'all', ratioBp: 500 }],
          participants: ['STHJ'],
        }),
      ],
      checkContext({ 7: counts() }),
    );
    expect(t).toMatchObject({
      id: '2026-SCJG-007',
      initiator: 'SCJG',
      joint: true,
      category: 'general',
    });
  });

  it('refuses an item that is not on the list (清单之外无检查)', () => {
    const e = refusal(() =>
      checkPlanTask('SCJG', 2026, task({ items: ['SCJG-DRUG'] }), 0, checkContext()),
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.code).toBe('PLAN.ITEM_NOT_LISTED');
    expect(e.details.field).toBe('tasks.0.items.0');
    expect(e.message).toContain('清单之外无检查');
  });

  it("refuses another department's item when that department does not participate", () => {
    const e = refusal(() =>
      checkPlanTask(
        'SCJG',
        2026,
        task({ items: ['STHJ-EMIT'], strata: [{ key: 'all', ratioBp: 500 }] }),
        0,
        checkContext(),
      ),
    );
    expect(e.code).toBe('PLAN.ITEM_NOT_LISTED');
  });

  it('refuses an item taken off the list', () => {
    const off = deactivateItem(
      item('SCJG', 'SCJG-OLD', 'general'),
      { reason: '事项取消' },
      ctx,
    ).item;
    const e = refusal(() =>
      checkPlanTask(
        'SCJG',
        2026,
        task({ items: ['SCJG-OLD'], strata: [{ key: 'all', ratioBp: 500 }] }),
        0,
        {
          items: [...catalogue, off],
          counts: new Map([[1, counts()]]),
        },
      ),
    );
    expect(e.code).toBe('PLAN.ITEM_INACTIVE');
  });

  it('refuses a team of 1 (《行政处罚法》第42条)', () => {
    const e = refusal(() => checkPlanTask('SCJG', 2026, task({ teamSize: 1 }), 0, checkContext()));
    expect(e.code).toBe('PLAN.TEAM_TOO_SMALL');
    expect(e.message).toContain('第42条');
  });

  it('accepts a team of 2', () => {
    expect(checkPlanTask('SCJG', 2026, task({ teamSize: 2 }), 0, checkContext()).teamSize).toBe(2);
  });

  it('refuses a window reaching into the next year', () => {
    const e = refusal(() =>
      checkPlanTask(
        'SCJG',
        2026,
        task({ window: { start: '2026-12-01', end: '2027-01-15' } }),
        0,
        checkContext(),
      ),
    );
    expect(e.code).toBe('PLAN.WINDOW_OUTSIDE_YEAR');
  });

  it('refuses a window that ends before it starts', () => {
    const e = refusal(() =>
      checkPlanTask(
        'SCJG',
        2026,
        task({ window: { start: '2026-05-01', end: '2026-04-30' } }),
        0,
        checkContext(),
      ),
    );
    expect(e.code).toBe('PLAN.WINDOW_INVALID');
  });

  it('refuses the initiator as its own participant', () => {
    const e = refusal(() =>
      checkPlanTask('SCJG', 2026, task({ participants: ['SCJG'] }), 0, checkContext()),
    );
    expect(e.code).toBe('PLAN.PARTICIPANTS_INVALID');
  });

  it('refuses "all" mixed with risk strata', () => {
    const e = refusal(() =>
      checkPlanTask(
        'SCJG',
        2026,
        task({
          strata: [
            { key: 'all', ratioBp: 2000 },
            { key: 'risk:D', ratioBp: 3000 },
          ],
        }),
        0,
        checkContext(),
      ),
    );
    expect(e.code).toBe('PLAN.STRATA_INVALID');
  });

  it('refuses duplicate task numbers', () => {
    const e = refusal(() => checkPlanTasks('SCJG', 2026, [task(), task()], checkContext()));
    expect(e.code).toBe('PLAN.TASK_SEQ_DUPLICATE');
  });
});

describe('filing window (每年1月底前, Asia/Shanghai)', () => {
  it('31 January 23:59 in Shanghai is on time', () => {
    expect(isLateFiling(2026, '2026-01-31T15:59:59.999Z')).toBe(false);
  });

  it('1 February 00:00 in Shanghai is late, though it is still 31 January in UTC', () => {
    expect(isLateFiling(2026, '2026-01-31T16:00:00.000Z')).toBe(true);
  });

  it('a late filing is accepted and flagged', () => {
    const { plan } = newPlan(
      { department: 'SCJG', year: 2026, tasks: tasks() },
      { actor: 'u', now: '2026-02-01T01:00:00+08:00' },
    );
    expect(plan).toMatchObject({ status: 'filed', late: true });
  });

  it('a plan filed in time, returned and re-filed in February is not late', () => {
    const plan = filed();
    const { plan: back } = returnPlan(plan, '比例说明不清', office);
    const { plan: again } = refilePlan(back, plan.tasks, {
      actor: 'u',
      now: '2026-02-20T00:00:00Z',
    });
    expect(again).toMatchObject({ status: 'filed', late: false, firstFiledAt: ctx.now });
  });

  it('a draft first filed in February is late', () => {
    const { plan: draft } = newPlan(
      { department: 'SCJG', year: 2026, tasks: tasks(), draft: true },
      ctx,
    );
    expect(draft).toMatchObject({ status: 'draft', late: false });
    const { plan } = refilePlan(draft, draft.tasks, { actor: 'u', now: '2026-02-02T00:00:00Z' });
    expect(plan.late).toBe(true);
  });
});

describe('plan status flow', () => {
  it('amends a filed plan before approval, recording which tasks changed', () => {
    const plan = filed();
    const [t2] = checkPlanTasks('SCJG', 2026, [task({ seq: 2 })], checkContext({ 2: counts() }));
    const { plan: next, entry } = amendPlan(plan, [...plan.tasks, t2!], ctx, '增加任务');
    expect(next).toMatchObject({ status: 'filed', version: 2 });
    expect(entry.changes).toEqual([
      { field: 'tasks', from: { removed: [] }, to: { added: [2], changed: [] } },
    ]);
  });

  it('refuses an amendment after approval', () => {
    const { plan } = approvePlan(filed(), office);
    const e = refusal(() => amendPlan(plan, plan.tasks, ctx));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.code).toBe('PLAN.NOT_AMENDABLE');
  });

  it('publishes a plan once it is on record with the office (备案, 二(四)), not before', () => {
    expect(publishPlan(filed(), ctx).plan.status).toBe('published');
    const { plan: draft } = newPlan(
      { department: 'SCJG', year: 2026, tasks: tasks(), draft: true },
      ctx,
    );
    expect(refusal(() => publishPlan(draft, ctx)).code).toBe('PLAN.NOT_ON_RECORD');
    const { plan: back } = returnPlan(filed(), '一般检查事项比例超过10%', office);
    expect(refusal(() => publishPlan(back, ctx)).code).toBe('PLAN.NOT_ON_RECORD');
  });

  it('publishes an approved plan', () => {
    const { plan } = approvePlan(filed(), office);
    const { plan: pub } = publishPlan(plan, office);
    expect(pub).toMatchObject({ status: 'published', version: 3, approved: { by: 'u-office' } });
  });

  it('returns a filed plan with a reason, then allows amendment', () => {
    const { plan } = returnPlan(filed(), '联合抽查比例不足', office);
    expect(plan).toMatchObject({ status: 'returned', returned: { reason: '联合抽查比例不足' } });
    expect(amendPlan(plan, plan.tasks, ctx).plan.status).toBe('returned');
  });

  it('refuses to return without a reason', () => {
    expect(refusal(() => returnPlan(filed(), ' ', office)).code).toBe('PLAN.REASON_REQUIRED');
  });

  it('refuses to approve a returned plan before it is re-filed', () => {
    const { plan } = returnPlan(filed(), 'x', office);
    expect(refusal(() => approvePlan(plan, office)).code).toBe('PLAN.NOT_FILED');
  });

  it('refuses to file a filed plan again', () => {
    expect(refusal(() => refilePlan(filed(), [], ctx)).code).toBe('PLAN.ALREADY_FILED');
  });
});
