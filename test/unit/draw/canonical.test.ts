import { canonicalTexts, type DrawBundle } from '@double-random/draw';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const bundleOf = (ids: string[]): DrawBundle => ({
  spec: 'dr-draw/1',
  drawId: 'C-1',
  params: {
    team: 1,
    qualification: 'Q',
    cap: 0,
    crossUnit: false,
    strata: [{ key: 's', ratioBp: 0, reserve: 0 }],
  },
  pool: ids.map((id) => ({ id, stratum: 's', unit: '' })),
  roster: [],
  entropy: 'e',
});

const poolIds = (ids: string[]): string[] =>
  canonicalTexts(bundleOf(ids))
    .poolText.split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t')[0]!);

const byteSorted = (ids: string[]): string[] =>
  [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('pool text order', () => {
  it('sorts ids by byte value, prefixes first, whatever they share', () => {
    // A small alphabet and long shared prefixes make many ids collide in the packed
    // characters, so the tie-breaking path is exercised as much as the fast one.
    const id = fc
      .tuple(
        fc.constantFrom('', '91370405', '9137040500000000'),
        fc.stringMatching(/^[!0A~]{0,12}$/),
      )
      .map(([prefix, rest]) => `${prefix}${rest}`)
      .filter((s) => s.length >= 1);
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 300 }), (ids) => {
        expect(poolIds(ids)).toEqual(byteSorted(ids));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('ends every line, the last included, with LF', () => {
    const text = canonicalTexts(bundleOf(['B', 'A'])).poolText;

    expect(text).toBe('A\ts\t\nB\ts\t\n');
  });

  it('orders ASCII ids outside the code alphabet by byte value too (bundles that skipped parseBundle)', () => {
    const ids = ['a\u007f', 'a ', 'a\u0001', 'a', 'b'];

    expect(poolIds(ids)).toEqual(byteSorted(ids));
  });
});

describe('pool codes outside ASCII', () => {
  it('are refused rather than hashed as something else', () => {
    expect(() => canonicalTexts(bundleOf(['台儿庄']))).toThrow(/must be ASCII/);
  });
});
