import {
  approveDistrictPlanReport,
  approvePlan,
  consolidateDistrictPlan,
  type DomainError,
  itemQuota,
  newPlan,
  type Plan,
  type PlanTask,
  publishPlan,
  returnPlan,
  ValidationError,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const dept = { actor: 'u-dept', now: '2026-01-20T00:00:00.000Z' };
const office = { actor: 'u-office', now: '2026-02-15T01:00:00.000Z' };

const refusal = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

const planTask = (
  seq: number,
  category: 'key' | 'general' | 'mixed',
  bp: number,
  joint = false,
): PlanTask => ({
  seq,
  id: `2026-X-${String(seq).padStart(3, '0')}`,
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

const filedPlan = (
  department: string,
  tasks: PlanTask[],
  year = 2026,
  now = dept.now,
  draft = false,
): Plan => newPlan({ department, year, tasks, draft }, { actor: 'u', now }).plan;

describe('district consolidation: the figures of each department and overall', () => {
  it('gives the lowest and highest ratio of key and of general tasks, and counts mixed tasks', () => {
    const r = consolidateDistrictPlan(2026, [
      filedPlan('SCJG', [
        planTask(1, 'key', 3000),
        planTask(2, 'key', 2000),
        planTask(3, 'key', 2500),
        planTask(4, 'general', 800),
        planTask(5, 'general', 300),
        planTask(6, 'mixed', 1500),
      ]),
    ]);
    expect(r.departments[0]).toMatchObject({
      tasks: 6,
      keyTasks: 3,
      generalTasks: 2,
      mixedTasks: 1,
      keyRatioBp: { minBp: 2000, maxBp: 3000 },
      generalRatioBp: { minBp: 300, maxBp: 800 },
    });
    expect(r.overall).toMatchObject({ keyTasks: 3, generalTasks: 2, mixedTasks: 1 });
  });

  it('gives no ratio range for a category without tasks, and a share of 0 without tasks', () => {
    const r = consolidateDistrictPlan(2026, [
      filedPlan('SCJG', [planTask(1, 'mixed', 1500), planTask(2, 'mixed', 1200)]),
    ]);
    expect(r.overall).toMatchObject({
      tasks: 2,
      keyTasks: 0,
      generalTasks: 0,
      mixedTasks: 2,
      keyRatioBp: null,
      generalRatioBp: null,
    });
    const empty = consolidateDistrictPlan(2026, []);
    expect(empty.overall).toMatchObject({
      tasks: 0,
      joint: 0,
      jointShareBp: 0,
      jointShareMet: false,
    });
    expect(empty.departments).toEqual([]);
    expect(empty.notCounted).toEqual([]);
  });

  it('counts only the plans of the year asked for', () => {
    const r = consolidateDistrictPlan(2026, [
      filedPlan('SCJG', [planTask(1, 'key', 2000)]),
      filedPlan(
        'STHJ',
        [planTask(1, 'general', 500), planTask(2, 'general', 500)],
        2025,
        '2025-01-10T00:00:00Z',
      ),
      filedPlan('ZJJ', [planTask(1, 'general', 500)], 2025, '2025-01-10T00:00:00Z', true),
    ]);
    expect(r.year).toBe(2026);
    expect(r.departments.map((d) => d.department)).toEqual(['SCJG']);
    expect(r.overall.tasks).toBe(1);
    expect(r.notCounted).toEqual([]);
  });

  it('lists the departments in code order, whatever order the plans come in', () => {
    const r = consolidateDistrictPlan(2026, [
      filedPlan('ZJJ', [planTask(1, 'key', 2000)]),
      filedPlan('SCJG', [planTask(1, 'key', 2000)]),
      filedPlan('STHJ', [planTask(1, 'key', 2000)]),
    ]);
    expect(r.departments.map((d) => d.department)).toEqual(['SCJG', 'STHJ', 'ZJJ']);
  });

  it('counts filed, approved and published plans, pending only those not yet approved', () => {
    const scjg = filedPlan('SCJG', [planTask(1, 'key', 2000, true)]);
    const sthj = approvePlan(filedPlan('STHJ', [planTask(1, 'key', 2000)]), office).plan;
    const zjj = publishPlan(filedPlan('ZJJ', [planTask(1, 'general', 500)]), office).plan;
    const returned = returnPlan(
      filedPlan('JYJ', [planTask(1, 'key', 2000)]),
      '比例不足',
      office,
    ).plan;
    const draft = filedPlan('WJJ', [planTask(1, 'key', 2000)], 2026, dept.now, true);
    const r = consolidateDistrictPlan(2026, [scjg, sthj, zjj, returned, draft]);
    expect(r.departments.map((d) => [d.department, d.status])).toEqual([
      ['SCJG', 'filed'],
      ['STHJ', 'approved'],
      ['ZJJ', 'published'],
    ]);
    expect(r.overall).toMatchObject({ tasks: 3, joint: 1, pendingPlans: 1, jointShareBp: 3333 });
    expect(r.notCounted).toEqual([
      { department: 'JYJ', status: 'returned' },
      { department: 'WJJ', status: 'draft' },
    ]);
  });
});

describe('district consolidation: the quota report', () => {
  const general = {
    code: 'SCJG-ADS',
    department: 'SCJG',
    name: '广告',
    category: 'general',
  } as const;
  const quota = (code: string, planned: number, drawn?: number) =>
    itemQuota({ ...general, code }, 100, [{ taskId: `2026-SCJG-${code}`, planned, drawn }]);

  it('is empty when no quotas are given', () => {
    const r = consolidateDistrictPlan(2026, [filedPlan('SCJG', [planTask(1, 'key', 2000)])]);
    expect(r.items).toEqual([]);
    expect(r.overall).toMatchObject({ itemsOutOfBand: 0, redLights: 0 });
  });

  it('counts the items planned outside their band and the red lights, and lists every item', () => {
    // general items, population 100: band 3 to 10 objects
    const quotas = [
      quota('A', 5, 5), // planned within, drawn within: green
      quota('B', 20, 20), // planned above, drawn above: red
      quota('C', 1), // planned below, not drawn yet: pending
      quota('D', 5, 20), // planned within, drawn above: red
      quota('E', 8), // planned within, pending
    ];
    expect(quotas.map((q) => [q.plannedWithin, q.light])).toEqual([
      [true, 'green'],
      [false, 'red'],
      [false, 'pending'],
      [true, 'red'],
      [true, 'pending'],
    ]);
    const r = consolidateDistrictPlan(
      2026,
      [filedPlan('SCJG', [planTask(1, 'key', 2000)])],
      quotas,
    );
    expect(r.overall).toMatchObject({ itemsOutOfBand: 2, redLights: 2 });
    expect(r.items).toEqual(quotas);
  });
});

describe('approving the district plan (联合抽查 ≥ 10 %, 台政发〔2019〕12号 二(二))', () => {
  it('records who approved it and when, with the report', () => {
    const report = consolidateDistrictPlan(2026, [
      filedPlan('SCJG', [planTask(1, 'key', 2000, true), planTask(2, 'key', 2000)]),
    ]);
    expect(approveDistrictPlanReport(report, office)).toEqual({
      year: 2026,
      status: 'approved',
      approved: { by: 'u-office', at: '2026-02-15T01:00:00.000Z' },
      report,
      version: 1,
    });
  });

  it('refusing a share below 10 % names the field, the rule and the figures', () => {
    const tasks = Array.from({ length: 11 }, (_, i) => planTask(i + 1, 'key', 2000, i === 0));
    const report = consolidateDistrictPlan(2026, [filedPlan('SCJG', tasks)]);
    const e = refusal(() => approveDistrictPlanReport(report, office));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.code).toBe('DISTRICT.JOINT_SHARE_TOO_LOW');
    expect(e.message).toBe(
      'district plan 2026: 1 joint of 11 planned draws = 9.09 %, below the 10 % required (部门联合抽查次数不低于总抽查数的10%, 台政发〔2019〕12号 二(二))',
    );
    expect(e.details).toEqual({
      field: 'overall.jointShareBp',
      rule: '台政发〔2019〕12号 二(二): joint draws ≥ 10 % of all draws',
      value: 909,
      joint: 1,
      tasks: 11,
    });
  });
});
