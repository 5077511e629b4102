import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byteOrder,
  poolOrder,
  rememberPoolOrder,
  sortPool,
  sortPoolFindingRepeats,
} from '../../../packages/draw/src/pool-order';

/** The order sortPool promises, by definition: ids in code-unit order, equal ids by index. */
const referenceOrder = (ids: readonly string[]): number[] =>
  ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b));

/** The earliest record whose id an earlier record already has; -1 if none. */
const referenceRepeat = (ids: readonly string[]): number => {
  const seen = new Set<string>();
  for (const [i, id] of ids.entries()) {
    if (seen.has(id)) return i;
    seen.add(id);
  }
  return -1;
};

/** Ids as pools hold them, and ones that defeat the packing: long shared prefixes, odd codes. */
const anId = fc.oneof(
  fc.stringMatching(/^[0-9A-Z]{1,6}$/),
  // a district's credit codes: one long prefix, differences beyond the packed characters
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.stringMatching(/^[0-9A-Z]{0,12}$/))
    .map(([k, rest]) => `91370405${'0'.repeat(k)}${rest}`),
  // characters outside the code alphabet are clamped when packed: ties, compared in full
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', '~', '\u0000', '\u007f', '\uffff'),
);

describe('pool order (byte order of ids; sortPool)', () => {
  it('orders two ids by code units, and an id with itself as equal', () => {
    expect(byteOrder('A1', 'A2')).toBe(-1);
    expect(byteOrder('A2', 'A1')).toBe(1);
    expect(byteOrder('A1', 'A1')).toBe(0);
    expect(byteOrder('A', 'A1')).toBe(-1);
    expect(byteOrder('Z', 'a')).toBe(-1);
  });

  it('sorts any pool as the definition does and names its first repeated id', () => {
    fc.assert(
      fc.property(fc.array(anId, { maxLength: 300 }), (ids) => {
        const { order, repeated } = sortPoolFindingRepeats(ids);
        expect(Array.from(order)).toEqual(referenceOrder(ids));
        expect(repeated).toBe(referenceRepeat(ids));
      }),
      { numRuns: 300 },
    );
  });

  it('sorts ids that differ only after a long shared prefix, in a pool of thousands', () => {
    const ids = Array.from(
      { length: 5000 },
      (_, i) => `913704050000000000${String((i * 7919) % 5000).padStart(6, '0')}`,
    );
    ids.push(ids[1234]!, `${ids[10]!}X`);
    const { order, repeated } = sortPoolFindingRepeats(ids);
    expect(Array.from(order)).toEqual(referenceOrder(ids));
    expect(repeated).toBe(5000);
    expect(Array.from(sortPool(['b', 'a', 'c']))).toEqual([1, 0, 2]);
  });

  it('reuses the order it remembers for a pool, and sorts again once the pool has changed', () => {
    const pool = [{ id: 'C' }, { id: 'A' }, { id: 'B' }];
    expect(Array.from(poolOrder(pool))).toEqual([1, 2, 0]);
    // an order told to it is returned as it is, for the same pool of the same length
    const told = Int32Array.from([2, 1, 0]);
    rememberPoolOrder(pool, told);
    expect(poolOrder(pool)).toBe(told);
    pool.push({ id: '0' });
    expect(Array.from(poolOrder(pool))).toEqual([3, 1, 2, 0]);
  });
});
