import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alphabetLayout,
  byteOrder,
  forEachTie,
  idAlphabet,
  keyLayout,
  packChars,
  packDigits,
  poolOrder,
  rememberPoolOrder,
  sharedPrefix,
  sortKeys,
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

/*
 * The parts of sortPool, each against its own contract. The sort above is right whatever
 * they do within it (every tie is compared in full); these pin that the shared prefix is
 * skipped, that as many characters are packed as fit and that only real ties are compared
 * in full, which is what makes it fast.
 */

describe('sharedPrefix: the length of the prefix all ids share', () => {
  /** By definition: the longest p such that every id has the first id's first p characters. */
  const reference = (ids: readonly string[]): number => {
    const first = ids[0] ?? '';
    let p = 0;
    while (p < first.length && ids.every((id) => id.length > p && id[p] === first[p])) p++;
    return p;
  };

  it('is 0 for no ids and the whole id for one', () => {
    expect(sharedPrefix([])).toBe(0);
    expect(sharedPrefix(['91370405MA3C'])).toBe(12);
    expect(sharedPrefix(['', 'A'])).toBe(0);
  });

  it('is never longer than the shortest match so far, even when a later id matches more', () => {
    expect(sharedPrefix(['913704', '913705', '913704'])).toBe(5);
    expect(sharedPrefix(['ABC', 'AXC', 'ABC'])).toBe(1);
    expect(sharedPrefix(['ABC', 'AB', 'ABD'])).toBe(2);
    expect(sharedPrefix(['B', 'ABC'])).toBe(0);
  });

  it('matches its definition on any ids', () => {
    fc.assert(
      fc.property(fc.array(anId, { maxLength: 20 }), (ids) => {
        expect(sharedPrefix(ids)).toBe(reference(ids));
      }),
      { numRuns: 500 },
    );
  });
});

describe('keyLayout: index bits and packed characters in one exact float', () => {
  it('gives the index the fewest bits that hold it, and the characters all the 53 bits left', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 1000, 1024, 1025, 1_000_000, 2 ** 31 - 1]) {
      const { shift, width } = keyLayout(n);
      // every index 0..n-1 fits below shift, a power of two, and half of it would not do
      expect(Math.log2(shift) % 1).toBe(0);
      expect(shift).toBeGreaterThanOrEqual(n);
      expect(shift === 1 || shift / 2 < n).toBe(true);
      // the packed characters times shift stay exactly representable; one more would not
      expect(98 ** width * shift).toBeLessThanOrEqual(2 ** 53);
      expect(98 ** (width + 1) * shift).toBeGreaterThan(2 ** 53);
    }
  });

  it('packs 8 characters for one record, 4 for a million and 3 for the largest pool', () => {
    expect(keyLayout(1)).toEqual({ shift: 1, width: 8 });
    expect(keyLayout(1_000_000)).toEqual({ shift: 2 ** 20, width: 4 });
    expect(keyLayout(2 ** 31 - 1)).toEqual({ shift: 2 ** 31, width: 3 });
  });
});

describe('packChars: characters of an id as base-98 digits', () => {
  // the digits the comment of packChars names: 0 ended, 1 below 0x20, 2-96 for 0x20-0x7E, 97 above
  const ENDED = 0;
  const BELOW = 1;
  const ABOVE = 97;
  const printable = (ch: string) => ch.charCodeAt(0) - 0x20 + 2;
  const number = (...digits: number[]) => digits.reduce((v, d) => v * 98 + d, 0);

  it('packs printable ASCII as 2 to 96, in order', () => {
    expect(packChars(' ', 0, 1)).toBe(2);
    expect(packChars('!', 0, 1)).toBe(3);
    expect(packChars('A', 0, 1)).toBe(35);
    expect(packChars('~', 0, 1)).toBe(96);
    expect(packChars('AB', 0, 2)).toBe(number(35, 36));
    // a space or a tilde is printable: the characters after it are packed too
    expect(packChars(' A', 0, 2)).toBe(number(2, 35));
    expect(packChars('~A', 0, 2)).toBe(number(96, 35));
  });

  it('packs width characters from `from`, and 0 for each one past the end of the id', () => {
    expect(packChars('91370405MA3C', 8, 3)).toBe(
      number(printable('M'), printable('A'), printable('3')),
    );
    expect(packChars('AB', 0, 4)).toBe(number(35, 36, ENDED, ENDED));
    expect(packChars('AB', 2, 3)).toBe(0);
    expect(packChars('ABCDE', 1, 1)).toBe(36);
  });

  it('packs a character below printable ASCII as 1 and above as 97, and nothing after it', () => {
    expect(packChars('\u0000', 0, 1)).toBe(BELOW);
    expect(packChars('\u001f', 0, 1)).toBe(BELOW);
    expect(packChars('\u007f', 0, 1)).toBe(ABOVE);
    expect(packChars('\uffff', 0, 1)).toBe(ABOVE);
    expect(packChars('A\u0001B', 0, 3)).toBe(number(35, BELOW, ENDED));
    expect(packChars('A\u0100B', 0, 3)).toBe(number(35, ABOVE, ENDED));
    // so '\u{10000}' (a surrogate pair) does not pack above '\uffff'
    expect(packChars('\u{10000}', 0, 2)).toBe(packChars('\uffff', 0, 2));
  });

  /** Two ids with a common prefix, and the window just after it. */
  const pair = (alphabet: fc.Arbitrary<string>) =>
    fc.tuple(
      fc.stringMatching(/^[0-9A-Z]{0,4}$/),
      alphabet,
      alphabet,
      fc.integer({ min: 1, max: 8 }),
    );

  it('never packs an id above one that follows it in code-unit order', () => {
    fc.assert(
      fc.property(pair(fc.string({ unit: 'binary', maxLength: 10 })), ([p, s, t, width]) => {
        const [a, b] = [p + s, p + t].sort(byteOrder) as [string, string];
        expect(packChars(a, p.length, width)).toBeLessThanOrEqual(packChars(b, p.length, width));
      }),
      { numRuns: 1000 },
    );
  });

  it('packs printable ids that differ within the window differently', () => {
    fc.assert(
      fc.property(pair(fc.stringMatching(/^[ -~]{0,10}$/)), ([p, s, t, width]) => {
        fc.pre(s.slice(0, width) !== t.slice(0, width));
        expect(packChars(p + s, p.length, width)).not.toBe(packChars(p + t, p.length, width));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('forEachTie: the runs of sorted keys only a full comparison can order', () => {
  /** Sorted keys of records whose packed characters are `packed` (ascending), in that order. */
  const ties = (packed: number[], shift: number): Array<[number, number]> => {
    const keys = Float64Array.from(packed, (p, i) => p * shift + i);
    const runs: Array<[number, number]> = [];
    forEachTie(keys, shift, (start, end) => runs.push([start, end]));
    return runs;
  };

  it('visits each run of two or more equal packed characters, and no single record', () => {
    expect(ties([], 1)).toEqual([]);
    expect(ties([5], 1)).toEqual([]);
    expect(ties([1, 2, 3], 4)).toEqual([]);
    expect(ties([1, 2, 2, 3], 4)).toEqual([[1, 3]]);
    expect(ties([1, 1, 2, 3, 3, 3], 8)).toEqual([
      [0, 2],
      [3, 6],
    ]);
    expect(ties([0, 0], 2)).toEqual([[0, 2]]);
    expect(ties([7, 7, 7, 7], 4)).toEqual([[0, 4]]);
  });

  it('tells runs apart by the packed characters, not by the record index below shift', () => {
    // keys 8..15 all pack as 1 with shift 8, whatever record they name
    const keys = Float64Array.from([8 + 5, 8 + 6, 16 + 0, 16 + 7, 24 + 1]);
    const runs: Array<[number, number]> = [];
    forEachTie(keys, 8, (start, end) => runs.push([start, end]));
    expect(runs).toEqual([
      [0, 2],
      [2, 4],
    ]);
  });
});

/** ASCII ids only: the pools sorted in their own alphabet's digits. */
const anAsciiId = fc.oneof(
  fc.stringMatching(/^[0-9A-Z]{1,8}$/),
  fc
    .tuple(fc.integer({ min: 0, max: 12 }), fc.stringMatching(/^[0-9A-HJ-NP-RTUWXY]{0,12}$/))
    .map(([k, rest]) => `91370405${'0'.repeat(k)}${rest}`),
  fc.string({
    unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
    maxLength: 12,
  }),
  fc.constantFrom('', ' ', '~', '\u0000', '\u007f'),
);

describe('idAlphabet, alphabetLayout, packDigits: ids packed in their own characters', () => {
  it('gives the characters used past `from` digits 1, 2 … in code-unit order, 0 to the end', () => {
    const a = idAlphabet(['XXB1', 'XXA', 'XX~'], 2)!;
    expect(a.base).toBe(5);
    expect(['1', 'A', 'B', '~'].map((c) => a.digits[c.charCodeAt(0)])).toEqual([1, 2, 3, 4]);
    expect(a.digits['X'.charCodeAt(0)]).toBe(0);
    // characters before `from` are not the alphabet's; no character at all still needs a base
    expect(idAlphabet(['XX', 'XX'], 2)!.base).toBe(2);
    expect(idAlphabet([], 0)!.base).toBe(2);
  });

  it('gives up on a character that is not ASCII (base 98 packs those)', () => {
    expect(idAlphabet(['A', 'B\u0080'], 0)).toBeUndefined();
    expect(idAlphabet(['A\u007f', '\u0000'], 0)?.base).toBe(4);
    expect(idAlphabet(['\u00e9A', 'BA'], 1)?.base).toBe(2);
  });

  it('packs as many characters as keep every key exact, with the index below them', () => {
    // a million records: 20 index bits, 33 for characters
    expect(alphabetLayout(1_000_000, 32)).toEqual({ shift: 2 ** 20, width: 6 });
    expect(alphabetLayout(1_000_000, 33)).toEqual({ shift: 2 ** 20, width: 6 });
    expect(alphabetLayout(1_000_000, 98)).toEqual(keyLayout(1_000_000));
    expect(alphabetLayout(1, 2)).toEqual({ shift: 1, width: 53 });
    expect(alphabetLayout(2, 2).width).toBe(52);
    expect(() => alphabetLayout(10, 1)).toThrow(RangeError);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2, max: 129 }),
        (n, base) => {
          const { shift, width } = alphabetLayout(n, base);
          expect(shift).toBe(keyLayout(n).shift);
          expect(base ** width * shift).toBeLessThanOrEqual(2 ** 53);
          expect(base ** (width + 1) * shift).toBeGreaterThan(2 ** 53);
        },
      ),
    );
  });

  it('packs ids in order, differently where they differ within the window', () => {
    const ids = ['ZZ', 'ZZA', 'ZZA1', 'ZZB', 'ZZB0', 'ZZ~'];
    const a = idAlphabet(ids, 2)!;
    const packed = ids.map((id) => packDigits(id, 2, 2, a));
    expect(packed).toEqual([...packed].sort((x, y) => x - y));
    expect(new Set(packed).size).toBe(ids.length);
    // past the window only a full comparison orders them
    expect(packDigits('ZZA1', 2, 1, a)).toBe(packDigits('ZZA', 2, 1, a));
    fc.assert(
      fc.property(
        fc.array(anAsciiId, { minLength: 2, maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (xs, width) => {
          const alphabet = idAlphabet(xs, 0)!;
          for (const x of xs)
            for (const y of xs) {
              const [px, py] = [
                packDigits(x, 0, width, alphabet),
                packDigits(y, 0, width, alphabet),
              ];
              if (x < y) expect(px).toBeLessThanOrEqual(py);
              if (x.slice(0, width) !== y.slice(0, width)) expect(px).not.toBe(py);
            }
        },
      ),
    );
  });

  it('sorts any pool of ASCII ids as the definition does and names its first repeated id', () => {
    fc.assert(
      fc.property(fc.array(anAsciiId, { maxLength: 300 }), (ids) => {
        const { order, repeated } = sortPoolFindingRepeats(ids);
        expect(Array.from(order)).toEqual(referenceOrder(ids));
        expect(repeated).toBe(referenceRepeat(ids));
      }),
      { numRuns: 300 },
    );
  });
});

describe('sortKeys: the packed keys in ascending order, by buckets', () => {
  const native = (keys: readonly number[]) => Float64Array.from(keys).sort();
  const MAX = 2 ** 53 - 1;

  it('sorts no key, one key and two keys', () => {
    expect(sortKeys(new Float64Array(0))).toEqual(new Float64Array(0));
    expect(sortKeys(Float64Array.of(7))).toEqual(Float64Array.of(7));
    expect(sortKeys(Float64Array.of(9, 2))).toEqual(Float64Array.of(2, 9));
    expect(sortKeys(Float64Array.of(2, 9))).toEqual(Float64Array.of(2, 9));
  });

  it('returns a sorted copy and leaves the keys it was given as they were', () => {
    const keys = Float64Array.of(5, 3, 8, 1, 9, 2, 7, 4);
    const sorted = sortKeys(keys);
    expect(sorted).toEqual(Float64Array.of(1, 2, 3, 4, 5, 7, 8, 9));
    expect(keys).toEqual(Float64Array.of(5, 3, 8, 1, 9, 2, 7, 4));
  });

  it('sorts any exact integer keys as a native sort does: spread, bunched, repeated, at 2^53', () => {
    const key = fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      fc.integer({ min: 0, max: MAX }),
      fc.integer({ min: MAX - 1000, max: MAX }),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 400 }), (keys) => {
        expect(sortKeys(Float64Array.from(keys))).toEqual(native(keys));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a greatest key that rounding puts one bucket past the last', () => {
    // 12 keys, 3 buckets from 0 to 2^53 - 1: (2^53 - 1) / ((2^53) / 3) rounds to 3
    expect(Math.floor(MAX / (2 ** 53 / 3))).toBe(3);
    const keys = [MAX, ...Array.from({ length: 11 }, (_, i) => 10 - i)];
    expect(sortKeys(Float64Array.from(keys))).toEqual(native(keys));
  });

  it('sorts buckets of every length: short ones by insertion, long ones natively', () => {
    // 2,000 keys in 500 buckets: a run of equal keys, a bunch under one bucket, a spread tail,
    // and the greatest key at the very top of the exact range
    const keys: number[] = [];
    for (let i = 0; i < 300; i++) keys.push(MAX - 3);
    for (let i = 0; i < 700; i++) keys.push((i * 7919) % 701);
    for (let i = 0; i < 999; i++) keys.push(Math.floor((MAX / 1000) * ((i * 31) % 999)));
    keys.push(MAX);
    expect(sortKeys(Float64Array.from(keys))).toEqual(native(keys));
    expect(sortKeys(Float64Array.from(keys.reverse()))).toEqual(native(keys));
  });

  it('sorts the keys of a district-sized pool as the native sort does', () => {
    let state = 20260202;
    const keys = Array.from({ length: 50_000 }, (_, i) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return (state % 33_554_432) * 65_536 + i;
    });
    expect(sortKeys(Float64Array.from(keys))).toEqual(native(keys));
  });
});
