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

describe('a task has no band of its own: the bands are per item (台政发〔2019〕12号 二(二))', () => {
  it('keeps the task’s own ratio for the record, without refusing it', () => {
    expect(check(['SCJG-FOOD'], [{ key: 'all', ratioBp: 1999 }]).ratio.bp).toBe(1999);
    expect(check(['SCJG-ADS'], [{ key: 'all', ratioBp: 1500 }]).ratio.bp).toBe(1500);
  });

  it('a task with key and general items is mixed, not key', () => {
    expect(check(['SCJG-ADS', 'SCJG-FOOD'], [{ key: 'all', ratioBp: 1000 }]).category).toBe(
      'mixed',
    );
    expect(check(['SCJG-FOOD'], [{ key: 'all', ratioBp: 2000 }]).category).toBe('key');
    expect(check(['SCJG-ADS'], [{ key: 'all', ratioBp: 500 }]).category).toBe('general');
  });

  it('plans the targets the draw will select: ⌈N × ratio⌉ per stratum (spec §3)', () => {
    const t = check(
      ['SCJG-ADS'],
      [
        { key: 'risk:A', ratioBp: 300 },
        { key: 'risk:D', ratioBp: 2000 },
      ],
      counts({ A: 901, D: 100 }),
    );
    // ⌈901 × 3 %⌉ = ⌈27.03⌉ = 28, ⌈100 × 20 %⌉ = 20
    expect(t.planned).toBe(48);
  });

  it('refusal helper still reports malformed strata', () => {
    const e = refusal(() =>
      check(
        ['SCJG-ADS'],
        [
          { key: 'all', ratioBp: 300 },
          { key: 'risk:A', ratioBp: 300 },
        ],
      ),
    );
    expect(e.code).toBe('PLAN.STRATA_INVALID');
  });
});

describe('ratio edges', () => {
  const exact = (numerator: number, denominator = 1) => ({
    numerator,
    denominator,
    weighted: true,
  });

  it('holds both bounds of a band inclusive, and nothing beyond them', () => {
    const key = ratioBand('key');
    const general = ratioBand('general');
    expect(isWithinBand(exact(2000), key)).toBe(true);
    expect(isWithinBand(exact(1999), key)).toBe(false);
    expect(isWithinBand(exact(10000), key)).toBe(true);
    expect(isWithinBand(exact(300), general)).toBe(true);
    expect(isWithinBand(exact(1000), general)).toBe(true);
    expect(isWithinBand(exact(299), general)).toBe(false);
    expect(isWithinBand(exact(1001), general)).toBe(false);
    // one part in ten thousand above 10 %: outside, with no rounding in between
    expect(isWithinBand(exact(10_001, 10), general)).toBe(false);
  });

  it('names the rule and its source in each band', () => {
    expect(ratioBand('key')).toEqual({
      minBp: 2000,
      rule: '重点检查事项 key items: ratio ≥ 20 % (台政发〔2019〕12号 二(二))',
    });
    expect(ratioBand('general')).toEqual({
      minBp: 300,
      maxBp: 1000,
      rule: '一般检查事项 general items: ratio 3 %–10 % (台政发〔2019〕12号 二(二))',
    });
  });

  it('prints two decimals at least, more only where the fraction has them', () => {
    expect(formatPercent(exact(1))).toBe('0.01 %');
    expect(formatPercent(exact(2005))).toBe('20.05 %');
    expect(formatPercent(exact(2050))).toBe('20.50 %');
    expect(formatPercent(exact(2000))).toBe('20.00 %');
    expect(formatPercent(exact(4001, 2))).toBe('20.005 %');
    expect(formatPercent(exact(1, 3))).toBe('≈0.0033 %');
  });

  it('refuses populations that are negative, fractional or too large to count exactly', () => {
    expect(() => overallRatio([{ key: 'all', ratioBp: 100 }], counts({ A: -1 }))).toThrow(
      'population of all is not a safe integer: -1',
    );
    expect(() => overallRatio([{ key: 'risk:B', ratioBp: 100 }], counts({ B: 1.5 }))).toThrow(
      'population of risk:B is not a safe integer: 1.5',
    );
    expect(() =>
      overallRatio([{ key: 'all', ratioBp: 10_000 }], counts({ A: Number.MAX_SAFE_INTEGER })),
    ).toThrow(/^ratio numerator is not a safe integer/);
    expect(() =>
      overallRatio(
        [
          { key: 'risk:A', ratioBp: 0 },
          { key: 'risk:B', ratioBp: 0 },
        ],
        counts({ A: Number.MAX_SAFE_INTEGER, B: 1 }),
      ),
    ).toThrow(/^population is not a safe integer/);
    expect(overallRatio([{ key: 'all', ratioBp: 100 }], counts({ A: 0 }))).toEqual({
      numerator: 100,
      denominator: 1,
      weighted: false,
    });
  });
});
