import type { DistrictPlan, HistoryEntry, Plan, PlanStatus } from '@double-random/domain';
import { getItem, indexKeys, keys } from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';

const store = useEmbeddedStore();
const plans = () => store.repositories.plans;
const districtPlans = () => store.repositories.districtPlans;

const AT = '2026-01-20T02:00:00.000Z';
const entry = (version: number, action: string): HistoryEntry => ({
  version,
  action,
  by: 'dept:SCJG',
  at: AT,
  why: '',
  changes: [],
});

const plan = (department: string, year: number, status: PlanStatus = 'filed'): Plan => ({
  id: `${department}-${year}`,
  department,
  year,
  status,
  tasks: [
    {
      seq: 1,
      id: `${year}-${department}-001`,
      name: 'food safety',
      items: ['FOOD-001'],
      scope: { kinds: [], towns: ['T1'], industries: [], riskClasses: [] },
      strata: [{ key: 'all', ratioBp: 500 }],
      window: { start: `${year}-03-01`, end: `${year}-06-30` },
      participants: [],
      teamSize: 2,
      initiator: department,
      joint: false,
      category: 'general',
      ratio: { numerator: 500, denominator: 1, weighted: false, bp: 500 },
    },
  ],
  firstFiledAt: AT,
  filedAt: AT,
  late: false,
  createdAt: AT,
  updatedAt: AT,
  version: 1,
  history: [entry(1, 'file')],
});

const advance = (p: Plan, status: PlanStatus): Plan => ({
  ...p,
  status,
  version: p.version + 1,
  history: [...p.history, entry(p.version + 1, status)],
});

describe('plan repository on dynalite', () => {
  it('creates once per department and year; stale updates are PLAN.STALE', async () => {
    const p = plan('SCJG', 2026);
    await plans().create(p);
    expect(await plans().get('SCJG', 2026)).toEqual(p);
    expect(await plans().get('SCJG', 2027)).toBeUndefined();
    await expect(plans().create(p)).rejects.toMatchObject({ code: 'PLAN.EXISTS' });
    const approved = advance(p, 'approved');
    await plans().update(approved, 1);
    await expect(plans().update(advance(p, 'returned'), 1)).rejects.toMatchObject({
      code: 'PLAN.STALE',
    });
    const published = advance(approved, 'published');
    await plans().update(published, 2);
    const read = await plans().get('SCJG', 2026);
    expect(read).toEqual(published);
    expect(read?.history.map((h) => h.action)).toEqual(['file', 'approved', 'published']);
    // a published plan is on the public index
    const raw = await getItem(store.table, keys.plan(2026, 'SCJG'));
    expect(raw).toMatchObject(indexKeys.publishedPlan(2026, 'SCJG'));
  });

  it('lists a year by department, filtered by status, across pages', async () => {
    const year = 2030;
    const statuses: PlanStatus[] = ['filed', 'approved', 'filed', 'draft', 'filed', 'returned'];
    const depts = statuses.map((_, i) => `D${i}`);
    for (const [i, s] of statuses.entries())
      await plans().create(plan(depts[i] as string, year, s));
    await plans().create(plan('D9', year + 1, 'filed'));
    // history items live in the same partition and must not appear as plans
    let many = plan('DH', year, 'draft');
    await plans().create(many);
    for (let v = 0; v < 25; v++) {
      const next = advance(many, 'draft');
      await plans().update(next, many.version);
      many = next;
    }

    const all: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await plans().listByYear(
        year,
        { status: 'filed' },
        { limit: 2, ...(cursor ? { cursor } : {}) },
      );
      all.push(...page.items.map((p) => p.department));
      cursor = page.cursor;
      pages++;
    } while (cursor);
    expect(all).toEqual(['D0', 'D2', 'D4']);
    expect(pages).toBeGreaterThanOrEqual(2);

    const every = await plans().listByYear(year, {}, { limit: 100 });
    expect(every.items.map((p) => p.department)).toEqual([...depts, 'DH']);
    expect(every.cursor).toBeUndefined();
    expect(every.items.at(-1)).toEqual(many);
  });

  it('approves the district plan of a year once', async () => {
    const report = {
      year: 2026,
      departments: [],
      overall: {
        tasks: 10,
        joint: 1,
        jointShareBp: 1000,
        keyTasks: 2,
        generalTasks: 8,
        mixedTasks: 0,
        keyRatioBp: { minBp: 2000, maxBp: 2000 },
        generalRatioBp: { minBp: 300, maxBp: 1000 },
        lateFilings: 0,
        pendingPlans: 0,
        jointShareMet: true,
        itemsOutOfBand: 0,
        redLights: 0,
      },
      notCounted: [],
    };
    const d = {
      year: 2026,
      status: 'approved',
      approved: { by: 'office', at: AT },
      report,
      version: 1,
    } as DistrictPlan;
    expect(await districtPlans().get(2026)).toBeUndefined();
    await districtPlans().create(d);
    expect(await districtPlans().get(2026)).toEqual(d);
    await expect(
      districtPlans().create({ ...d, approved: { by: 'someone', at: AT } }),
    ).rejects.toMatchObject({ code: 'DISTRICT.EXISTS', kind: 'conflict' });
    expect((await districtPlans().get(2026))?.approved.by).toBe('office');
    // the district plan sits in the plans' partition but is never listed as a plan
    expect((await plans().listByYear(2026, {}, { limit: 10 })).items.map((p) => p.id)).toEqual([
      'SCJG-2026',
    ]);
  });
});
