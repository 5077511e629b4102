import {
  checkPlanTask,
  formatPercent,
  isWithinBand,
  overallRatio,
  ratioBand,
  ValidationError,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';
import { checkContext, counts, task } from './plan-fixtures';

const check = (
  items: string[],
  strata: { key: 'all' | 'risk:A' | 'risk:B' | 'risk:C' | 'risk:D'; ratioBp: number }[],
  c = counts({ A: 100 }),
) => checkPlanTask('SCJG', 2026, task({ items, strata }), 0, checkContext({ 1: c }));

const refusal = (f: () => unknown): ValidationError => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('overall ratio', () => {
  it('weights each stratum by its population, exactly', () => {
    const r = overallRatio(
      [
        { key: 'risk:A', ratioBp: 300 },
        { key: 'risk:D', ratioBp: 2000 },
      ],
      counts({ A: 900, D: 100, B: 55 }),
    );
    expect(r).toEqual({ numerator: 300 * 900 + 2000 * 100, denominator: 1000, weighted: true });
    expect(formatPercent(r)).toBe('4.70 %');
  });

  it('a plain ratio counts the whole scope', () => {
    expect(
      overallRatio([{ key: 'all', ratioBp: 500 }], counts({ A: 1, B: 2, C: 3, D: 4 })),
    ).toEqual({
      numerator: 5000,
      denominator: 10,
      weighted: true,
    });
  });

  it('an empty scope falls back to the plain mean of the strata', () => {
    const r = overallRatio(
      [
        { key: 'risk:A', ratioBp: 400 },
        { key: 'risk:B', ratioBp: 600 },
      ],
      counts({}),
    );
    expect(r).toEqual({ numerator: 1000, denominator: 2, weighted: false });
  });

  it('compares fractions without rounding: 1/3 of a basis point below 20 % is below', () => {
    // (2000·2 + 1999·1) / 3 = 1999.67 bp
    const r = overallRatio(
      [
        { key: 'risk:A', ratioBp: 2000 },
        { key: 'risk:B', ratioBp: 1999 },
      ],
      counts({ A: 2, B: 1 }),
    );
    expect(isWithinBand(r, ratioBand('key'))).toBe(false);
    expect(formatPercent(r)).toBe('≈19.9966 %');
  });
});

describe('key items: ratio ≥ 20 % (台政发〔2019〕12号 二(二))', () => {
  it('accepts exactly 20 %', () => {
    expect(check(['SCJG-FOOD'], [{ key: 'all', ratioBp: 2000 }]).ratio.bp).toBe(2000);
  });

  it('accepts 20 % reached by weighting strata 10 % and 30 % of equal size', () => {
    const t = check(
      ['SCJG-FOOD'],
      [
        { key: 'risk:A', ratioBp: 1000 },
        { key: 'risk:D', ratioBp: 3000 },
      ],
      counts({ A: 50, D: 50 }),
    );
    expect(t.ratio).toMatchObject({ numerator: 200000, denominator: 100, bp: 2000 });
  });

  it('refuses 19.99 %, naming the rule, field and values', () => {
    const e = refusal(() => check(['SCJG-FOOD'], [{ key: 'all', ratioBp: 1999 }]));
    expect(e.code).toBe('PLAN.RATIO_OUT_OF_RANGE');
    expect(e.message).toContain('19.99 %');
    expect(e.message).toContain('重点检查事项');
    expect(e.details.field).toBe('tasks.0.strata');
  });

  it('a task is key when any of its items is key', () => {
    const e = refusal(() => check(['SCJG-ADS', 'SCJG-FOOD'], [{ key: 'all', ratioBp: 1000 }]));
    expect(e.details.category).toBe('key');
  });

  it('key items have no upper bound', () => {
    expect(check(['SCJG-FOOD'], [{ key: 'all', ratioBp: 10000 }]).category).toBe('key');
  });
});

describe('general items: 3 %–10 %', () => {
  it('refuses 2.99 %', () => {
    expect(refusal(() => check(['SCJG-ADS'], [{ key: 'all', ratioBp: 299 }])).code).toBe(
      'PLAN.RATIO_OUT_OF_RANGE',
    );
  });

  it('accepts 3 %', () => {
    expect(check(['SCJG-ADS'], [{ key: 'all', ratioBp: 300 }]).ratio.bp).toBe(300);
  });

  it('accepts 10 %', () => {
    expect(check(['SCJG-ADS'], [{ key: 'all', ratioBp: 1000 }]).ratio.bp).toBe(1000);
  });

  it('refuses 10.01 %', () => {
    const e = refusal(() => check(['SCJG-ADS'], [{ key: 'all', ratioBp: 1001 }]));
    expect(e.code).toBe('PLAN.RATIO_OUT_OF_RANGE');
    expect(e.message).toContain('10.01 %');
    expect(e.message).toContain('3 %–10 %');
  });

  it('lets a stratum exceed the band when the overall ratio stays inside it', () => {
    const t = check(
      ['SCJG-ADS'],
      [
        { key: 'risk:A', ratioBp: 300 },
        { key: 'risk:D', ratioBp: 2000 },
      ],
      counts({ A: 900, D: 100 }),
    );
    expect(t.ratio.bp).toBe(470);
  });
});
