import { below, stream } from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { rc4Drop256Words, seedrandom, wordsOf } from './helpers';

describe('seedrandom 3.0.5, the stream generator of spec §3', () => {
  it('gives the README vector for seedrandom("hello.")', () => {
    expect(seedrandom('hello.')()).toBe(0.9282578795792454);
  });

  const seeds = [
    'fd986e95b25d4eed5763997206d4c770f96e8fd45fa5313133118c19ccea4988',
    '0000000000000000000000000000000000000000000000000000000000000000',
    'ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
    '9c3e96cd46d0c3c4f86b8f16c833a90492d27a2b482d393d09557aa2a6a79492',
    'hello.',
  ];
  for (const seed of seeds) {
    it(`equals RC4-drop-256 with big-endian words for seed ${seed.slice(0, 12)}…`, () => {
      const rc4 = rc4Drop256Words(seed);
      const prng = seedrandom(seed);
      const mismatches: number[] = [];

      for (let i = 0; i < 5000; i++) {
        const expected = rc4();
        if (prng.int32() >>> 0 !== expected) mismatches.push(i);
      }

      expect(mismatches).toEqual([]);
    });
  }

  it('keys a draw stream with the hex sub-seed, not the raw master bytes', () => {
    const seed = '4b61466279bfa601e71c82677f046a5d7ffc76187c00d9c78c21d38d628e8191';
    const s = stream(seed, 'assign');
    const rc4 = rc4Drop256Words(s.subSeed);

    expect(s.subSeed).toMatch(/^[0-9a-f]{64}$/);
    expect([s.next(), s.next(), s.next()]).toEqual([rc4(), rc4(), rc4()]);
  });
});

describe('below(n), spec §3', () => {
  it('rejects words at or above 2^32 - (2^32 mod n) and reduces the next one', () => {
    // n = 3: 2^32 mod 3 = 1, so lim = 4294967295 and the word 4294967295 is rejected.
    const source = wordsOf([4294967295, 7]);

    expect(below(source, 3)).toBe(1);
    expect(source.used()).toBe(2);
  });

  it('accepts the last word below the limit', () => {
    // n = 10: 2^32 mod 10 = 6, lim = 4294967290; 4294967289 is accepted, 9 mod 10.
    const source = wordsOf([4294967289]);

    expect(below(source, 10)).toBe(9);
  });

  it('consumes one word even when n = 1', () => {
    const source = wordsOf([123, 456]);

    expect(below(source, 1)).toBe(0);
    expect(source.used()).toBe(1);
  });

  it('returns the word itself when n = 2^32', () => {
    expect(below(wordsOf([4294967295]), 2 ** 32)).toBe(4294967295);
  });

  it('refuses n outside 1..2^32', () => {
    expect(() => below(wordsOf([1]), 0)).toThrow(RangeError);
    expect(() => below(wordsOf([1]), 2 ** 32 + 1)).toThrow(RangeError);
  });
});
