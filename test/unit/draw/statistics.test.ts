import { type DrawBundle, runDraw } from '@double-random/draw';
import { describe, expect, it } from 'vitest';

const MEMBERS = 20;
const DRAWS = 2000;
// Upper 0.1 % point of the chi-square distribution with 19 degrees of freedom.
const CHI2_19_P001 = 43.82;

const ids = Array.from({ length: MEMBERS }, (_, i) => `91370405STAT${String(i).padStart(6, '0')}`);

const bundleFor = (k: number): DrawBundle => ({
  spec: 'dr-draw/1',
  drawId: `STAT-${k}`,
  params: {
    team: 1,
    qualification: 'Q',
    cap: 0,
    crossUnit: false,
    strata: [{ key: 'all', ratioBp: 2500, reserve: 0 }],
  },
  pool: ids.map((id) => ({ id, stratum: 'all', unit: '' })),
  roster: [],
  entropy: `ceremony:statistics:${k}`,
});

describe('selection frequencies over 2,000 fixed draws of 5 from 20', () => {
  const selectedCount = new Map(ids.map((id) => [id, 0]));
  const firstCount = new Map(ids.map((id) => [id, 0]));
  for (let k = 0; k < DRAWS; k++) {
    const selected = runDraw(bundleFor(k)).strata[0]!.selected;
    for (const id of selected) selectedCount.set(id, selectedCount.get(id)! + 1);
    firstCount.set(selected[0]!, firstCount.get(selected[0]!)! + 1);
  }

  it('selects each member about equally often (chi-square, 19 df, p = 0.001)', () => {
    const p = 5 / MEMBERS;
    const expected = DRAWS * p;
    // Each draw picks 5 distinct members, so a count's variance is E(1 - p), not E.
    const chi2 = [...selectedCount.values()].reduce(
      (sum, o) => sum + (o - expected) ** 2 / (expected * (1 - p)),
      0,
    );

    expect([...selectedCount.values()].reduce((a, b) => a + b, 0)).toBe(DRAWS * 5);
    expect(chi2).toBeLessThan(CHI2_19_P001);
  });

  it('puts each member first in draw order about equally often (chi-square, 19 df, p = 0.001)', () => {
    const expected = DRAWS / MEMBERS;
    const chi2 = [...firstCount.values()].reduce(
      (sum, o) => sum + (o - expected) ** 2 / expected,
      0,
    );

    expect(chi2).toBeLessThan(CHI2_19_P001);
  });

  it('would notice a draw that never selects one member', () => {
    const p = 5 / MEMBERS;
    const expected = DRAWS * p;
    const skewed = [...selectedCount.values()].map((o, i) => (i === 0 ? 0 : o + o / 19));

    const chi2 = skewed.reduce((sum, o) => sum + (o - expected) ** 2 / (expected * (1 - p)), 0);

    expect(chi2).toBeGreaterThan(CHI2_19_P001);
  });
});
