import {
  isWithinBand,
  overallRatio,
  ratioBand,
  USCC_ALPHABET,
  usccCheckChar,
  usccProblem,
} from '@double-random/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const usccBody = fc
  .array(fc.constantFrom(...USCC_ALPHABET), { minLength: 17, maxLength: 17 })
  .map((cs) => cs.join(''));

describe('properties', () => {
  it('a body with its computed check character is valid; with any other it is not', () => {
    fc.assert(
      fc.property(usccBody, fc.constantFrom(...USCC_ALPHABET), (body, other) => {
        const check = usccCheckChar(body)!;
        expect(usccProblem(body + check)).toBeUndefined();
        if (other !== check) expect(usccProblem(body + other)).toBe('check');
      }),
    );
  });

  it('a single changed character is always caught by the check character', () => {
    fc.assert(
      fc.property(usccBody, fc.nat(16), fc.constantFrom(...USCC_ALPHABET), (body, at, ch) => {
        fc.pre(body[at] !== ch);
        const code = body + usccCheckChar(body)!;
        const typo = code.slice(0, at) + ch + code.slice(at + 1);
        expect(usccProblem(typo)).toBe('check');
      }),
    );
  });

  it('the band check agrees with exact BigInt arithmetic on the weighted ratio', () => {
    const stratum = fc.record({ ratioBp: fc.integer({ min: 0, max: 10000 }), n: fc.nat(100_000) });
    fc.assert(
      fc.property(
        fc.array(stratum, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('key', 'general'),
        (ss, cat) => {
          const keys = ['risk:A', 'risk:B', 'risk:C', 'risk:D'] as const;
          const strata = ss.map((s, i) => ({ key: keys[i]!, ratioBp: s.ratioBp }));
          const counts = { A: ss[0]?.n ?? 0, B: ss[1]?.n ?? 0, C: ss[2]?.n ?? 0, D: ss[3]?.n ?? 0 };
          const total = ss.reduce((t, s) => t + BigInt(s.n), 0n);
          fc.pre(total > 0n);
          const num = ss.reduce((t, s) => t + BigInt(s.ratioBp) * BigInt(s.n), 0n);
          const band = ratioBand(cat as 'key' | 'general');
          const expected =
            num >= BigInt(band.minBp) * total &&
            (band.maxBp === undefined || num <= BigInt(band.maxBp) * total);
          expect(isWithinBand(overallRatio(strata, counts), band)).toBe(expected);
        },
      ),
    );
  });
});
