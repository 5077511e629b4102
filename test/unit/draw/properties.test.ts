import {
  asciiBytes,
  type DrawBundle,
  type DrawResult,
  resultBytes,
  resultText,
  runDraw,
  verifyDraw,
} from '@double-random/draw';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleArb } from './helpers';

const runs = { seed: 42, numRuns: 150 };

const shuffled = <T>(items: T[], order: number[]): T[] =>
  items
    .map((item, i) => ({ item, key: order[i % Math.max(order.length, 1)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);

const allAssignments = (r: DrawResult) => [...r.assignments, ...r.reserveAssignments];

describe('draw properties (fast-check, seed 42)', () => {
  it('hashes the bytes of the result text, written straight (resultBytes)', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const { resultDigest: _, ...body } = runDraw(bundle);
        expect(resultBytes(body)).toEqual(asciiBytes(resultText(body)));
      }),
      runs,
    );
    // what no draw makes, written as asciiBytes writes it: empty lists, no leader, and a
    // character past ASCII (one byte, its low eight bits)
    const odd: Omit<DrawResult, 'resultDigest'> = {
      ...runDraw(fc.sample(bundleArb, { seed: 7, numRuns: 1 })[0]!),
      strata: [
        { key: 'k', population: 3, size: 0, selected: [], reserve: [] },
        { key: '台', population: 12, size: 2, selected: ['a', 'b'], reserve: ['c'] },
      ],
      assignments: [
        { target: 'a', members: [], leader: null, status: 'unfilled' },
        { target: 'b', members: ['x', 'y', 'z'], leader: 'y', status: 'filled' },
      ],
      reserveAssignments: [{ target: 'c', members: ['x'], leader: null, status: 'filled' }],
    };
    expect(resultBytes(odd)).toEqual(asciiBytes(resultText(odd)));
  });

  it('gives the same bytes for the same bundle', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        expect(JSON.stringify(runDraw(bundle))).toBe(
          JSON.stringify(runDraw(structuredClone(bundle))),
        );
      }),
      runs,
    );
  });

  it('ignores the order of pool, roster, strata and list entries', () => {
    fc.assert(
      fc.property(
        bundleArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 30 }),
        (bundle, order) => {
          const reordered: DrawBundle = {
            ...bundle,
            params: { ...bundle.params, strata: shuffled(bundle.params.strata, order).reverse() },
            pool: shuffled(bundle.pool, order),
            roster: shuffled(bundle.roster, order)
              .reverse()
              .map((m) => ({
                ...m,
                qualifications: [...m.qualifications].reverse(),
                conflicts: [...m.conflicts].reverse(),
              })),
          };
          expect(runDraw(reordered)).toStrictEqual(runDraw(bundle));
        },
      ),
      runs,
    );
  });

  it('draws disjoint selected and reserve lists of the sizes of spec §4 from each stratum', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const result = runDraw(bundle);
        const keys = bundle.params.strata.map((s) => s.key).sort();
        expect(result.strata.map((s) => s.key)).toEqual(keys);
        for (const s of result.strata) {
          const params = bundle.params.strata.find((p) => p.key === s.key)!;
          const members = bundle.pool.filter((r) => r.stratum === s.key).map((r) => r.id);
          const N = members.length;
          const n = Math.min(N, Math.ceil((N * params.ratioBp) / 10000));
          expect(s.population).toBe(N);
          expect(s.size).toBe(n);
          expect(s.selected).toHaveLength(n);
          expect(s.reserve).toHaveLength(Math.min(N - n, params.reserve));
          const drawn = [...s.selected, ...s.reserve];
          expect(new Set(drawn).size).toBe(drawn.length);
          for (const id of drawn) expect(members).toContain(id);
        }
      }),
      runs,
    );
  });

  it('keeps every team within the rules of spec §5', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const result = runDraw(bundle);
        const { team, cap, crossUnit, qualification } = bundle.params;
        const roster = new Map(bundle.roster.map((m) => [m.id, m]));
        const unitOf = new Map(bundle.pool.map((r) => [r.id, r.unit]));
        const load = new Map<string, number>();
        for (const a of allAssignments(result)) {
          expect(new Set(a.members).size).toBe(a.members.length);
          expect(a.members.length).toBeLessThanOrEqual(team);
          expect(a.status).toBe(a.members.length === team ? 'filled' : 'unfilled');
          for (const id of a.members) {
            const m = roster.get(id)!;
            expect(m.qualifications).toContain(qualification);
            expect(m.conflicts).not.toContain(a.target);
            const unit = unitOf.get(a.target)!;
            if (crossUnit && unit !== '') expect(m.unit).not.toBe(unit);
            load.set(id, (load.get(id) ?? 0) + 1);
          }
          const leaders = a.members.filter((id) => roster.get(id)!.leader);
          expect(a.leader).toBe(leaders[0] ?? a.members[0] ?? null);
        }
        if (cap > 0) for (const l of load.values()) expect(l).toBeLessThanOrEqual(cap);
      }),
      runs,
    );
  });

  it('gives a team to every selected target before any reserve, in visiting order', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const result = runDraw(bundle);
        expect(result.assignments.map((a) => a.target)).toEqual(
          result.strata.flatMap((s) => s.selected),
        );
        expect(result.reserveAssignments.map((a) => a.target)).toEqual(
          result.strata.flatMap((s) => s.reserve),
        );
      }),
      runs,
    );
  });
});

/** Every way of changing one thing in a result; each must be caught by verifyDraw. */
const tamperings: Array<[string, (r: DrawResult) => boolean]> = [
  [
    'drawId',
    (r) => {
      r.drawId = `${r.drawId}x`;
      return true;
    },
  ],
  [
    'poolDigest',
    (r) => {
      r.poolDigest = `${r.poolDigest[0] === '0' ? '1' : '0'}${r.poolDigest.slice(1)}`;
      return true;
    },
  ],
  [
    'seed',
    (r) => {
      r.seed = `${r.seed.slice(0, 63)}${r.seed[63] === '0' ? '1' : '0'}`;
      return true;
    },
  ],
  [
    'resultDigest',
    (r) => {
      r.resultDigest = r.resultDigest === '0'.repeat(64) ? '1'.repeat(64) : '0'.repeat(64);
      return true;
    },
  ],
  [
    'population',
    (r) => {
      const s = r.strata[0];
      if (!s) return false;
      s.population += 1;
      return true;
    },
  ],
  [
    'change a selected id',
    (r) => {
      const s = r.strata.find((x) => x.selected.length > 0);
      if (!s) return false;
      s.selected[0] = `${s.selected[0]}Z`;
      return true;
    },
  ],
  [
    'swap two selected ids',
    (r) => {
      const s = r.strata.find((x) => x.selected.length > 1);
      if (!s) return false;
      [s.selected[0], s.selected[1]] = [s.selected[1]!, s.selected[0]!];
      return true;
    },
  ],
  [
    'move a selected id to the reserve',
    (r) => {
      const s = r.strata.find((x) => x.selected.length > 0);
      if (!s) return false;
      s.reserve.unshift(s.selected.pop()!);
      return true;
    },
  ],
  [
    'swap two team members',
    (r) => {
      const a = allAssignments(r).find((x) => x.members.length > 1);
      if (!a) return false;
      a.members.reverse();
      return true;
    },
  ],
  [
    'change the leader',
    (r) => {
      const a = allAssignments(r).find((x) => x.members.length > 1);
      if (!a) return false;
      a.leader = a.members.find((m) => m !== a.leader)!;
      return true;
    },
  ],
  [
    'flip a status',
    (r) => {
      const a = allAssignments(r)[0];
      if (!a) return false;
      a.status = a.status === 'filled' ? 'unfilled' : 'filled';
      return true;
    },
  ],
  [
    'drop an assignment',
    (r) => {
      if (r.assignments.length === 0) return false;
      r.assignments.pop();
      return true;
    },
  ],
];

describe('verifyDraw', () => {
  it('accepts every honest result', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        expect(verifyDraw(bundle, JSON.parse(JSON.stringify(runDraw(bundle))))).toEqual({
          ok: true,
        });
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  for (const [name, tamper] of tamperings) {
    it(`rejects a result with one change: ${name}`, () => {
      fc.assert(
        fc.property(bundleArb, (bundle) => {
          const claimed = structuredClone(runDraw(bundle));
          fc.pre(tamper(claimed));
          const outcome = verifyDraw(bundle, claimed);
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) expect(outcome.difference).toMatch(/expected .*found/);
        }),
        { seed: 42, numRuns: 40 },
      );
    });
  }
});
