import {
  approveDistrictPlanReport,
  consolidateDistrictPlan,
  newPlan,
  type Plan,
  type PlanTask,
  ValidationError,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const office = { actor: 'u-office', now: '2026-02-15T01:00:00.000Z' };

const planTask = (
  seq: number,
  joint: boolean,
  category: 'key' | 'general',
  bp: number,
): PlanTask => ({
  seq,
  id: `2026-X-${seq}`,
  name: 't',
  items: ['I'],
  scope: { kinds: [], towns: [], industries: [], riskClasses: [] },
  strata: [{ key: 'all', ratioBp: bp }],
  window: { start: '2026-03-01', end: '2026-10-31' },
  participants: joint ? ['STHJ'] : [],
  teamSize: 2,
  initiator: 'SCJG',
  joint,
  category,
  ratio: { numerator: bp, denominator: 1, weighted: true, bp },
});

const plan = (
  department: string,
  joint: number,
  solo: number,
  now = '2026-01-20T00:00:00Z',
): Plan =>
  newPlan(
    {
      department,
      year: 2026,
      tasks: Array.from({ length: joint + solo }, (_, i) =>
        planTask(i + 1, i < joint, i % 2 ? 'key' : 'general', i % 2 ? 2000 : 500),
      ),
    },
    { actor: 'u', now },
  ).plan;

describe('district consolidation', () => {
  it('reports per department and overall', () => {
    const r = consolidateDistrictPlan(2026, [
      plan('SCJG', 2, 8),
      plan('STHJ', 0, 5, '2026-02-01T00:00:00Z'),
    ]);
    expect(
      r.departments.map((d) => [d.department, d.tasks, d.joint, d.jointShareBp, d.late]),
    ).toEqual([
      ['SCJG', 10, 2, 2000, false],
      ['STHJ', 5, 0, 0, true],
    ]);
    expect(r.overall).toMatchObject({
      tasks: 15,
      joint: 2,
      jointShareBp: 1333,
      lateFilings: 1,
      pendingPlans: 2,
    });
    expect(r.departments[0]).toMatchObject({
      keyTasks: 5,
      generalTasks: 5,
      keyRatioBp: { minBp: 2000, maxBp: 2000 },
      generalRatioBp: { minBp: 500, maxBp: 500 },
    });
  });

  it('leaves drafts and returned plans out of the counts', () => {
    const draft = newPlan(
      { department: 'ZJJ', year: 2026, tasks: [planTask(1, false, 'general', 500)], draft: true },
      office,
    ).plan;
    const r = consolidateDistrictPlan(2026, [plan('SCJG', 1, 9), draft]);
    expect(r.overall.tasks).toBe(10);
    expect(r.notCounted).toEqual([{ department: 'ZJJ', status: 'draft' }]);
  });

  it('joint share exactly 10 % is enough to approve', () => {
    const r = consolidateDistrictPlan(2026, [plan('SCJG', 1000, 9000)]);
    expect(r.overall).toMatchObject({ jointShareBp: 1000, jointShareMet: true });
    expect(approveDistrictPlanReport(r, office)).toMatchObject({ year: 2026, status: 'approved' });
  });

  it('joint share 9.99 % is refused with the figures', () => {
    const r = consolidateDistrictPlan(2026, [plan('SCJG', 999, 9001)]);
    expect(r.overall).toMatchObject({ jointShareBp: 999, jointShareMet: false });
    let error: unknown;
    try {
      approveDistrictPlanReport(r, office);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe('DISTRICT.JOINT_SHARE_TOO_LOW');
    expect((error as ValidationError).message).toContain(
      '999 joint of 10000 planned draws = 9.99 %',
    );
  });

  it('a district plan without any task is not approved', () => {
    expect(() => approveDistrictPlanReport(consolidateDistrictPlan(2026, []), office)).toThrow(
      ValidationError,
    );
  });
});
