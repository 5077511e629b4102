import { type DrawResult, firstDifference, parseBundle, verifyDraw } from '@double-random/draw';
import { describe, expect, it } from 'vitest';
import { fixtureJson } from './helpers';

/** example-1's result (2 strata, 10 assignments, 4 reserves), changed by `edit`. */
const changed = (edit: (r: DrawResult) => void): DrawResult => {
  const r = structuredClone(fixtureJson('example-1.result.json')) as DrawResult;
  edit(r);
  return r;
};
const honest = changed(() => {});
const diff = (edit: (r: DrawResult) => void) => firstDifference(honest, changed(edit));

describe('firstDifference: where a claimed result first departs, said exactly (spec §6 order)', () => {
  it('finds nothing in the same result', () => {
    expect(
      firstDifference(
        honest,
        changed(() => {}),
      ),
    ).toBeUndefined();
  });

  it('names a header field with both values', () => {
    for (const k of [
      'spec',
      'drawId',
      'poolDigest',
      'paramsDigest',
      'rosterDigest',
      'seed',
    ] as const)
      expect(diff((r) => Object.assign(r, { [k]: 'x' }))).toBe(
        `${k}: expected ${JSON.stringify(honest[k])}, found "x"`,
      );
  });

  it('names the strata: their number, a field of one, a selected or reserve position', () => {
    expect(diff((r) => r.strata.pop())).toBe('strata: expected 2 strata, found 1');
    expect(diff((r) => (r.strata[1]!.size += 1))).toBe(
      `strata[1].size (stratum ${honest.strata[1]!.key}): expected ${honest.strata[1]!.size}, found ${honest.strata[1]!.size + 1}`,
    );
    expect(diff((r) => (r.strata[0]!.key = 'risk:Z'))).toBe(
      `strata[0].key (stratum risk:B): expected "risk:B", found "risk:Z"`,
    );
    expect(diff((r) => (r.strata[0]!.population = 34))).toBe(
      'strata[0].population (stratum risk:B): expected 33, found 34',
    );
    expect(diff((r) => r.strata[0]!.selected.push('EXTRA'))).toBe(
      'strata[0].selected (stratum risk:B)[4]: expected "nothing", found "EXTRA"',
    );
    expect(diff((r) => r.strata[0]!.reserve.pop())).toBe(
      `strata[0].reserve (stratum risk:B)[1]: expected "${honest.strata[0]!.reserve[1]}", found "nothing"`,
    );
  });

  it('names an assignment: the count, the target, a member, the leader, the status', () => {
    const first = honest.assignments[0]!;
    expect(diff((r) => r.assignments.pop())).toBe('assignments: expected 10 entries, found 9');
    expect(diff((r) => (r.assignments[0]!.target = 'T'))).toBe(
      `assignments[0].target: expected "${first.target}", found "T"`,
    );
    expect(diff((r) => r.assignments[0]!.members.reverse())).toBe(
      `assignments[0].members (target ${first.target})[0]: expected "${first.members[0]}", found "${first.members[1]}"`,
    );
    expect(diff((r) => (r.assignments[0]!.leader = null))).toBe(
      `assignments[0].leader (target ${first.target}): expected "${first.leader}", found no leader`,
    );
    expect(diff((r) => (r.assignments[0]!.status = 'unfilled'))).toBe(
      `assignments[0].status (target ${first.target}): expected "filled", found "unfilled"`,
    );
    expect(diff((r) => (r.reserveAssignments[3]!.target = 'R'))).toBe(
      `reserveAssignments[3].target: expected "${honest.reserveAssignments[3]!.target}", found "R"`,
    );
    expect(diff((r) => (r.resultDigest = '0'.repeat(64)))).toBe(
      `resultDigest: expected "${honest.resultDigest}", found "${'0'.repeat(64)}"`,
    );
  });

  it('verifyDraw says a malformed claim is malformed, and passes the honest one', () => {
    const bundle = parseBundle(fixtureJson('example-1.bundle.json'));
    expect(verifyDraw(bundle, honest)).toEqual({ ok: true });
    const malformed = verifyDraw(bundle, { spec: 'dr-draw/1' });
    expect(malformed.ok).toBe(false);
    if (!malformed.ok) expect(malformed.difference).toMatch(/^malformed result: /);
    const tampered = verifyDraw(
      bundle,
      changed((r) => (r.seed = '0'.repeat(64))),
    );
    expect(tampered).toEqual({
      ok: false,
      difference: `seed: expected "${honest.seed}", found "${'0'.repeat(64)}"`,
    });
  });
});
