import type { RiskClass } from './codes';
import type { ItemCategory } from './item.schema';

/** Active targets in a task's scope, per credit-risk class (the store counts them). */
export type RiskClassCounts = Record<RiskClass, number>;

export interface StratumRatio {
  /** `all` for a plain single ratio, else `risk:A` … `risk:D` */
  key: string;
  /** 0–10000 basis points */
  ratioBp: number;
}

/**
 * A task's overall sampling ratio as an exact fraction of basis points:
 * Σ(ratioBp × population) / Σ population. Kept as integers so that 2000/1 and
 * 1999/1 never meet a rounding error at the 20 % edge.
 */
export interface OverallRatio {
  numerator: number;
  denominator: number;
  /** false when the scope is empty: the plain mean of the strata's ratios is used instead */
  weighted: boolean;
}

export const stratumPopulation = (key: string, counts: RiskClassCounts): number => {
  if (key === 'all') return counts.A + counts.B + counts.C + counts.D;
  const rc = key.slice('risk:'.length) as RiskClass;
  return counts[rc] ?? 0;
};

const assertSafe = (n: number, what: string): number => {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${what} is not a safe integer: ${n}`);
  return n;
};

export const overallRatio = (
  strata: readonly StratumRatio[],
  counts: RiskClassCounts,
): OverallRatio => {
  let numerator = 0;
  let denominator = 0;
  for (const s of strata) {
    const n = assertSafe(stratumPopulation(s.key, counts), `population of ${s.key}`);
    numerator = assertSafe(numerator + s.ratioBp * n, 'ratio numerator');
    denominator = assertSafe(denominator + n, 'population');
  }
  if (denominator > 0) return { numerator, denominator, weighted: true };
  return {
    numerator: strata.reduce((sum, s) => sum + s.ratioBp, 0),
    denominator: Math.max(strata.length, 1),
    weighted: false,
  };
};

/** Whole basis points, rounded down (for reports; rules compare the exact fraction). */
export const ratioFloorBp = (r: OverallRatio): number => Math.floor(r.numerator / r.denominator);

/** The fraction as a percentage with up to four decimals, truncated: 1999/1 → "19.99 %". */
export const formatPercent = (r: Pick<OverallRatio, 'numerator' | 'denominator'>): string => {
  const hundredthsOfBp = Math.floor((r.numerator * 100) / r.denominator);
  const whole = Math.floor(hundredthsOfBp / 10000);
  const frac = String(hundredthsOfBp % 10000)
    .padStart(4, '0')
    .replace(/0{1,2}$/, '')
    .replace(/0$/, '');
  const exact = (r.numerator * 100) % r.denominator === 0;
  return `${exact ? '' : '≈'}${whole}.${frac.padEnd(2, '0')} %`;
};

export interface RatioBand {
  /** inclusive lower bound in basis points */
  minBp: number;
  /** inclusive upper bound in basis points, undefined when open */
  maxBp?: number;
  rule: string;
}

/** 台政发〔2019〕12号 二(二): key items ≥ 20 %; general items 3 %–10 %. */
export const ratioBand = (category: ItemCategory): RatioBand =>
  category === 'key'
    ? { minBp: 2000, rule: '重点检查事项 key items: ratio ≥ 20 % (台政发〔2019〕12号 二(二))' }
    : {
        minBp: 300,
        maxBp: 1000,
        rule: '一般检查事项 general items: ratio 3 %–10 % (台政发〔2019〕12号 二(二))',
      };

/** Exact comparison: numerator/denominator against whole basis points, by cross-multiplying. */
export const isWithinBand = (r: OverallRatio, band: RatioBand): boolean =>
  r.numerator >= band.minBp * r.denominator &&
  (band.maxBp === undefined || r.numerator <= band.maxBp * r.denominator);
