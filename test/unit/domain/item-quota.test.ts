import {
  assertItemQuota,
  checkPlannedQuotas,
  countAll,
  countPopulation,
  type Item,
  itemBand,
  itemKey,
  itemQuota,
  plannedTargets,
  populationOf,
  populationScope,
  type QuotaTask,
  shareBp,
  stratumDrawCount,
  ValidationError,
  withinItemBand,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { counts, item } from './plan-fixtures';

const refusal = (f: () => unknown): ValidationError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

const food = item('SCJG', 'SCJG-FOOD', 'key');
const ads = item('SCJG', 'SCJG-ADS', 'general');
const smoke = item('ZHZF', 'ZHZF-SMOKE', 'general');
const items: Item[] = [food, ads, smoke];

const t = (id: string, itemCodes: string[], planned: number, over: Partial<QuotaTask> = {}) => ({
  id,
  initiator: 'SCJG',
  participants: [],
  items: itemCodes,
  planned,
  ...over,
});

const ctx = (pop: Record<string, number>, otherTasks: QuotaTask[] = []) => ({
  items,
  populations: new Map(Object.entries(pop)),
  otherTasks,
});

describe('the draw count a plan counts on (dr-draw/1 §3)', () => {
  it('n = min(N, ⌈N × ratio⌉) per stratum, summed over the strata', () => {
    expect(stratumDrawCount(7, 2000)).toBe(2);
    expect(stratumDrawCount(10, 2000)).toBe(2);
    expect(stratumDrawCount(3, 10000)).toBe(3);
    expect(stratumDrawCount(0, 5000)).toBe(0);
    expect(
      plannedTargets(
        [
          { key: 'risk:A', ratioBp: 2000 },
          { key: 'risk:D', ratioBp: 5000 },
        ],
        counts({ A: 11, D: 3 }),
      ),
    ).toBe(3 + 2);
  });
});

describe('rounding per item: the band in whole objects', () => {
  it('key: at least ⌈20 % of the population⌉, no ceiling', () => {
    expect(itemBand('key', 7).minTargets).toBe(2);
    expect(itemBand('key', 7).maxTargets).toBeUndefined();
    expect(itemBand('key', 100)).toMatchObject({ minTargets: 20 });
  });

  it('general: ⌈3 %⌉ to ⌊10 %⌋ of the population', () => {
    expect(itemBand('general', 100)).toMatchObject({ minTargets: 3, maxTargets: 10 });
    expect(itemBand('general', 25)).toMatchObject({ minTargets: 1, maxTargets: 2 });
  });

  it('general, small population: one object is allowed when 3 % and 10 % fall below it', () => {
    expect(itemBand('general', 5)).toMatchObject({ minTargets: 1, maxTargets: 1 });
  });

  it('an empty population asks for nothing and allows nothing', () => {
    expect(itemBand('general', 0)).toMatchObject({ minTargets: 0, maxTargets: 0 });
    expect(itemBand('key', 0)).toMatchObject({ minTargets: 0 });
  });
});

describe('per item, per year, over the item’s whole population (二(二))', () => {
  it('a key item planned on a few towns is refused against all the objects it applies to', () => {
    // the task's own scope (2 towns, 54 targets) would show 20 %; the item applies to 500
    const e = refusal(() =>
      checkPlannedQuotas('SCJG', [t('2026-SCJG-001', ['SCJG-FOOD'], 11)], {
        ...ctx({ [itemKey('SCJG', 'SCJG-FOOD')]: 500 }),
      }),
    );
    expect(e.code).toBe('PLAN.RATIO_OUT_OF_RANGE');
    expect(e.details).toMatchObject({
      field: 'tasks.0.strata',
      item: 'SCJG-FOOD',
      population: 500,
      value: 11,
      minTargets: 100,
      category: 'key',
    });
    expect(e.message).toContain('重点检查事项');
    expect(e.message).toContain('11 of the 500');
  });

  it('tasks of the year add up: two tasks of 50 meet 20 % of 500', () => {
    const quotas = checkPlannedQuotas(
      'SCJG',
      [t('2026-SCJG-001', ['SCJG-FOOD'], 50), t('2026-SCJG-002', ['SCJG-FOOD'], 50)],
      ctx({ [itemKey('SCJG', 'SCJG-FOOD')]: 500 }),
    );
    expect(quotas[0]).toMatchObject({ planned: 100, plannedBp: 2000, plannedWithin: true });
  });

  it('a general item above 10 % is refused, even when each task alone is below', () => {
    const e = refusal(() =>
      checkPlannedQuotas(
        'SCJG',
        [t('2026-SCJG-001', ['SCJG-ADS'], 6), t('2026-SCJG-002', ['SCJG-ADS'], 6)],
        ctx({ [itemKey('SCJG', 'SCJG-ADS')]: 100 }),
      ),
    );
    expect(e.details).toMatchObject({ item: 'SCJG-ADS', value: 12, maxTargets: 10 });
    expect(e.message).toContain('一般检查事项');
  });

  it('a participant’s item in a joint task keeps its own band: the ceiling is checked at once', () => {
    const joint = t('2026-SCJG-003', ['SCJG-FOOD', 'ZHZF-SMOKE'], 30, { participants: ['ZHZF'] });
    const e = refusal(() =>
      checkPlannedQuotas(
        'SCJG',
        [joint],
        ctx({ [itemKey('SCJG', 'SCJG-FOOD')]: 150, [itemKey('ZHZF', 'ZHZF-SMOKE')]: 80 }),
      ),
    );
    expect(e.details).toMatchObject({ item: 'ZHZF-SMOKE', department: 'ZHZF', maxTargets: 8 });
  });

  it('the floor of another department’s item is its owner’s to meet, with what is on file', () => {
    const joint = t('2026-SCJG-003', ['SCJG-FOOD', 'ZHZF-SMOKE'], 30, { participants: ['ZHZF'] });
    const pops = { [itemKey('SCJG', 'SCJG-FOOD')]: 100, [itemKey('ZHZF', 'ZHZF-SMOKE')]: 1000 };
    // SCJG files: 20 of 1000 is below ZHZF's 3 %, which is not SCJG's to meet
    expect(() => checkPlannedQuotas('SCJG', [{ ...joint, planned: 20 }], ctx(pops))).not.toThrow();
    // ZHZF files its own task on the item: SCJG's joint task on file counts toward it
    const own = t('2026-ZHZF-001', ['ZHZF-SMOKE'], 40, { initiator: 'ZHZF' });
    const quotas = checkPlannedQuotas('ZHZF', [own], ctx(pops, [joint]));
    expect(quotas[0]).toMatchObject({ planned: 70, tasks: ['2026-ZHZF-001', '2026-SCJG-003'] });
    // and without it ZHZF's 20 alone is below 3 % of 1000
    const e = refusal(() => checkPlannedQuotas('ZHZF', [{ ...own, planned: 20 }], ctx(pops)));
    expect(e.details).toMatchObject({ item: 'ZHZF-SMOKE', minTargets: 30 });
  });
});

describe('the quota report after the draws: a red light for a shortfall', () => {
  it('pending while tasks are still to draw, green once drawn inside the band', () => {
    const q1 = itemQuota(food, 100, [
      { taskId: 'a', planned: 10, drawn: 10 },
      { taskId: 'b', planned: 10 },
    ]);
    expect(q1).toMatchObject({ drawn: 10, drawnTasks: 1, light: 'pending' });
    const q2 = itemQuota(food, 100, [
      { taskId: 'a', planned: 10, drawn: 10 },
      { taskId: 'b', planned: 10, drawn: 10 },
    ]);
    expect(q2).toMatchObject({ drawn: 20, drawnBp: 2000, light: 'green' });
  });

  it('red when every task is drawn and the item is still below its floor', () => {
    // planned on the counts at filing; the directory grew before the draws
    const q = itemQuota(food, 120, [{ taskId: 'a', planned: 20, drawn: 20 }]);
    expect(q).toMatchObject({ plannedWithin: false, light: 'red', minTargets: 24 });
  });

  it('red at once when the draws went above a general item’s ceiling', () => {
    const q = itemQuota(ads, 100, [
      { taskId: 'a', planned: 8, drawn: 11 },
      { taskId: 'b', planned: 2 },
    ]);
    expect(q.light).toBe('red');
  });

  it('an item no task names is red: nothing of it is inspected', () => {
    expect(itemQuota(food, 40, [])).toMatchObject({ planned: 0, light: 'red' });
    expect(itemQuota(food, 0, [])).toMatchObject({ light: 'green' });
  });
});

describe("an item's population, counted over the active targets in hand (二(二))", () => {
  const target = (kind: string, industry: string, riskClass = 'B') => ({
    kind,
    industry,
    riskClass,
  });
  const directory = [
    target('enterprise', '餐饮'),
    target('enterprise', '食品销售', 'A'),
    target('sole-trader', '餐饮', 'D'),
    target('sole-trader', '住宿', 'C'),
    target('product', '餐饮'),
    // a record without a risk class of the four is not an object of any stratum
    target('enterprise', '餐饮', 'X'),
  ];

  it('an item without a recorded population applies to the whole directory', () => {
    expect(populationOf({})).toEqual({ kinds: [], industries: [] });
    expect(populationScope({})).toEqual({ kinds: [], industries: [], towns: [], riskClasses: [] });
    expect(countPopulation({}, directory)).toBe(5);
  });

  it('kinds and industries each narrow it; both together, to what has both', () => {
    expect(
      countPopulation({ population: { kinds: ['enterprise'], industries: [] } }, directory),
    ).toBe(2);
    expect(countPopulation({ population: { kinds: [], industries: ['餐饮'] } }, directory)).toBe(3);
    expect(
      countPopulation(
        { population: { kinds: ['sole-trader', 'product'], industries: ['餐饮'] } },
        directory,
      ),
    ).toBe(2);
    expect(
      countPopulation({ population: { kinds: ['behaviour'], industries: [] } }, directory),
    ).toBe(0);
  });

  it('counts every risk class once: A + B + C + D', () => {
    expect(countAll({ A: 1, B: 10, C: 100, D: 1000 })).toBe(1111);
  });
});

describe('the refusal says what the band asks for', () => {
  const ceilingOnly = { field: 'tasks.0.strata', what: 'as planned', checkMinimum: false };
  const both = { ...ceilingOnly, checkMinimum: true };

  it('a key item: at least its floor, with the share in percent', () => {
    const q = itemQuota(food, 500, [{ taskId: 'a', planned: 11 }]);
    const e = refusal(() => assertItemQuota('PLAN.RATIO_OUT_OF_RANGE', q, 11, both));
    expect(e.message).toContain('重点检查事项 key item SCJG-FOOD');
    expect(e.message).toContain(
      '11 of the 500 objects it applies to this year (2.20 %) as planned',
    );
    expect(e.message).toContain('asks for at least 100 (rounded per item)');
  });

  it('a general item: from its floor to its ceiling, or exactly one number', () => {
    const q = itemQuota(ads, 1000, [{ taskId: 'a', planned: 101 }]);
    const e = refusal(() => assertItemQuota('PLAN.RATIO_OUT_OF_RANGE', q, 101, ceilingOnly));
    expect(e.message).toContain('一般检查事项 general item SCJG-ADS');
    expect(e.message).toContain('(10.10 %)');
    expect(e.message).toContain('asks for 30 to 100');
    // five objects: 3 % and 10 % fall between 0 and 1, so one object exactly
    const five = itemQuota(ads, 5, [{ taskId: 'a', planned: 2 }]);
    expect(refusal(() => assertItemQuota('X', five, 2, both)).message).toContain('exactly 1');
  });

  it('the ceiling is checked without the floor, and a count at the bounds passes', () => {
    const q = itemQuota(ads, 1000, [{ taskId: 'a', planned: 5 }]);
    expect(() => assertItemQuota('X', q, 5, ceilingOnly)).not.toThrow();
    expect(() => assertItemQuota('X', q, 100, both)).not.toThrow();
    expect(() => assertItemQuota('X', q, 30, both)).not.toThrow();
    expect(refusal(() => assertItemQuota('X', q, 29, both)).details).toMatchObject({ value: 29 });
    // drawn exactly at the ceiling is green, one above is red
    expect(itemQuota(ads, 1000, [{ taskId: 'a', planned: 100, drawn: 100 }]).light).toBe('green');
    expect(itemQuota(ads, 1000, [{ taskId: 'a', planned: 100, drawn: 101 }]).light).toBe('red');
    expect(shareBp(1, 0)).toBe(0);
    expect(withinItemBand(0, itemBand('general', 0))).toBe(true);
  });
});
