import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { DrawBundle, PoolRecord, RosterMember } from '@double-random/draw';
import fc from 'fast-check';

const fixtures = fileURLToPath(new URL('../../fixtures/draw/', import.meta.url));

/**
 * seedrandom itself, resolved from the draw package (the root does not depend on it),
 * so that the tests compare the engine with the very generator the spec names.
 */
export const seedrandom = createRequire(
  new URL('../../../packages/draw/package.json', import.meta.url),
)('seedrandom') as (seed: string) => { (): number; int32(): number };

export const fixturePath = (name: string): string => `${fixtures}${name}`;
export const fixtureJson = (name: string): unknown =>
  JSON.parse(readFileSync(fixturePath(name), 'utf8'));
export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');

/**
 * Plain RC4 written from its textbook definition, with the first 256 output bytes
 * dropped and words read big-endian: what spec §3 promises a verifier in another
 * language needs, checked here against seedrandom itself.
 */
export const rc4Drop256Words = (seed: string): (() => number) => {
  const key = Array.from(seed, (c) => c.charCodeAt(0));
  const S = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + S[i]! + key[i % key.length]!) & 255;
    [S[i], S[j]] = [S[j]!, S[i]!];
  }
  let a = 0;
  let b = 0;
  const byte = (): number => {
    a = (a + 1) & 255;
    b = (b + S[a]!) & 255;
    [S[a], S[b]] = [S[b]!, S[a]!];
    return S[(S[a]! + S[b]!) & 255]!;
  };
  for (let k = 0; k < 256; k++) byte();
  return () => ((byte() << 24) | (byte() << 16) | (byte() << 8) | byte()) >>> 0;
};

/** A fake word source for checking `below` on chosen words. */
export const wordsOf = (words: number[]) => {
  let at = 0;
  return {
    label: 'fixed',
    subSeed: '',
    next: () => {
      const w = words[at++];
      if (w === undefined) throw new Error('fixed stream exhausted');
      return w;
    },
    used: () => at,
  };
};

const code = fc.stringMatching(/^[A-Z0-9:-]{1,6}$/);

/**
 * Small random bundles with the awkward parts switched on: caps that bite, conflicts
 * with drawn targets, shared units, members without the qualification.
 */
export const bundleArb: fc.Arbitrary<DrawBundle> = fc
  .record({
    keys: fc.uniqueArray(code, { minLength: 1, maxLength: 3 }),
    units: fc.uniqueArray(code, { minLength: 1, maxLength: 3 }),
    poolIds: fc.uniqueArray(code, { minLength: 0, maxLength: 25 }),
    rosterIds: fc.uniqueArray(code, { minLength: 0, maxLength: 9 }),
    team: fc.integer({ min: 1, max: 3 }),
    cap: fc.integer({ min: 0, max: 4 }),
    crossUnit: fc.boolean(),
    ratios: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 3, maxLength: 3 }),
    reserves: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
    picks: fc.array(fc.nat(), { minLength: 120, maxLength: 120 }),
    entropy: fc.stringMatching(/^[ -~]{1,40}$/),
  })
  .map((g): DrawBundle => {
    let k = 0;
    const pick = (n: number): number => g.picks[k++ % g.picks.length]! % n;
    const unitOrEmpty = (): string => (pick(4) === 0 ? '' : g.units[pick(g.units.length)]!);
    const pool: PoolRecord[] = g.poolIds.map((id) => ({
      id,
      stratum: g.keys[pick(g.keys.length)]!,
      unit: unitOrEmpty(),
    }));
    const roster: RosterMember[] = g.rosterIds.map((id) => ({
      id,
      unit: unitOrEmpty(),
      leader: pick(3) === 0,
      qualifications: pick(5) === 0 ? ['OTHER'] : ['Q', 'OTHER'].slice(0, 1 + pick(2)),
      conflicts: g.poolIds.filter(() => pick(6) === 0),
    }));
    return {
      spec: 'dr-draw/1',
      drawId: 'PROP-1',
      params: {
        team: g.team,
        qualification: 'Q',
        cap: g.cap,
        crossUnit: g.crossUnit,
        strata: g.keys.map((key, i) => ({
          key,
          ratioBp: g.ratios[i]!,
          reserve: g.reserves[i]!,
        })),
      },
      pool,
      roster,
      entropy: g.entropy,
    };
  });
