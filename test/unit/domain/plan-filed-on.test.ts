import {
  checkPlanTasks,
  type DomainError,
  newPlan,
  refilePlan,
  returnPlan,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { demoFiledOn } from '../../../packages/local/src/demo/load';
import { checkContext, task } from './plan-fixtures';

const tasks = () => checkPlanTasks('SCJG', 2026, [task()], checkContext());
const november = { actor: 'clerk', now: '2026-11-29T02:00:00Z' };

const refusal = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('a plan filed on paper and entered later', () => {
  it('is not late when filed in January, and shows both days', () => {
    const { plan } = newPlan(
      { department: 'SCJG', year: 2026, tasks: tasks(), filedOn: '2026-01-20' },
      november,
    );
    expect(plan).toMatchObject({
      status: 'filed',
      filedOn: '2026-01-20',
      firstFiledAt: november.now,
      late: false,
    });
  });

  it('is late when the paper says February', () => {
    const { plan } = newPlan(
      { department: 'SCJG', year: 2026, tasks: tasks(), filedOn: '2026-02-01' },
      november,
    );
    expect(plan.late).toBe(true);
  });

  it('cannot claim a day to come, nor one before the year before', () => {
    for (const filedOn of ['2026-11-30', '2024-12-31']) {
      const e = refusal(() =>
        newPlan({ department: 'SCJG', year: 2026, tasks: tasks(), filedOn }, november),
      );
      expect(e.code).toBe('PLAN.FILED_ON_INVALID');
      expect(e.details.field).toBe('filedOn');
    }
  });

  it('keeps the first paper day when a returned plan is filed again', () => {
    const { plan } = newPlan(
      { department: 'SCJG', year: 2026, tasks: tasks(), filedOn: '2026-01-20' },
      november,
    );
    const { plan: back } = returnPlan(plan, 'ratio too low', november);
    const { plan: again } = refilePlan(back, plan.tasks, november, '', '2026-11-01');
    expect(again).toMatchObject({ filedOn: '2026-01-20', late: false });
  });

  it('without a paper day, filing in November is late as before', () => {
    const { plan } = newPlan({ department: 'SCJG', year: 2026, tasks: tasks() }, november);
    expect(plan.late).toBe(true);
    expect(plan.filedOn).toBeUndefined();
  });
});

describe('the demo’s filing days', () => {
  it('are January days of the demo year, all before today, for every department', () => {
    const days = Array.from({ length: 9 }, (_, i) => demoFiledOn(2026, '2026-11-29', i));
    expect(days.every((d) => d !== undefined && /^2026-01-\d\d$/.test(d))).toBe(true);
    expect(new Set(days).size).toBe(9);
  });

  it('are not claimed in January itself, when the plan is filed on the day', () => {
    expect(demoFiledOn(2026, '2026-01-06', 0)).toBe('2026-01-05');
    expect(demoFiledOn(2026, '2026-01-06', 3)).toBeUndefined();
    expect(demoFiledOn(2027, '2026-11-29', 0)).toBeUndefined();
  });
});
