import type { DrawBundle } from './bundle';
import { type DrawOptions, runDraw } from './draw';
import { ResultError } from './errors';
import { type Assignment, type DrawResult, parseResult } from './result';

export type Verification = { ok: true } | { ok: false; difference: string };

const quote = (v: unknown): string => (v === null ? 'no leader' : JSON.stringify(v));

const compareIds = (what: string, expected: string[], found: string[]): string | undefined => {
  const length = Math.max(expected.length, found.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== found[i]) {
      return `${what}[${i}]: expected ${quote(expected[i] ?? 'nothing')}, found ${quote(found[i] ?? 'nothing')}`;
    }
  }
  return undefined;
};

const compareAssignments = (
  what: string,
  expected: Assignment[],
  found: Assignment[],
): string | undefined => {
  if (expected.length !== found.length) {
    return `${what}: expected ${expected.length} entries, found ${found.length}`;
  }
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    const f = found[i]!;
    const at = `${what}[${i}]`;
    if (e.target !== f.target) {
      return `${at}.target: expected ${quote(e.target)}, found ${quote(f.target)}`;
    }
    const members = compareIds(`${at}.members (target ${e.target})`, e.members, f.members);
    if (members) return members;
    if (e.leader !== f.leader) {
      return `${at}.leader (target ${e.target}): expected ${quote(e.leader)}, found ${quote(f.leader)}`;
    }
    if (e.status !== f.status) {
      return `${at}.status (target ${e.target}): expected ${quote(e.status)}, found ${quote(f.status)}`;
    }
  }
  return undefined;
};

/** The first place where `found` departs from `expected`, in the order of spec §6. */
export const firstDifference = (expected: DrawResult, found: DrawResult): string | undefined => {
  for (const k of [
    'spec',
    'drawId',
    'poolDigest',
    'paramsDigest',
    'rosterDigest',
    'seed',
  ] as const) {
    if (expected[k] !== found[k])
      return `${k}: expected ${quote(expected[k])}, found ${quote(found[k])}`;
  }
  if (expected.strata.length !== found.strata.length) {
    return `strata: expected ${expected.strata.length} strata, found ${found.strata.length}`;
  }
  for (let i = 0; i < expected.strata.length; i++) {
    const e = expected.strata[i]!;
    const f = found.strata[i]!;
    for (const k of ['key', 'population', 'size'] as const) {
      if (e[k] !== f[k]) {
        return `strata[${i}].${k} (stratum ${e.key}): expected ${quote(e[k])}, found ${quote(f[k])}`;
      }
    }
    const selected = compareIds(`strata[${i}].selected (stratum ${e.key})`, e.selected, f.selected);
    if (selected) return selected;
    const reserve = compareIds(`strata[${i}].reserve (stratum ${e.key})`, e.reserve, f.reserve);
    if (reserve) return reserve;
  }
  const a = compareAssignments('assignments', expected.assignments, found.assignments);
  if (a) return a;
  const r = compareAssignments(
    'reserveAssignments',
    expected.reserveAssignments,
    found.reserveAssignments,
  );
  if (r) return r;
  if (expected.resultDigest !== found.resultDigest) {
    return `resultDigest: expected ${quote(expected.resultDigest)}, found ${quote(found.resultDigest)}`;
  }
  return undefined;
};

/** Re-runs the draw and compares it with a claimed result (spec §7 step 3). */
export const verifyDraw = (
  bundle: DrawBundle,
  claimed: unknown,
  options?: DrawOptions,
): Verification => {
  let found: DrawResult;
  try {
    found = parseResult(claimed);
  } catch (e) {
    if (e instanceof ResultError)
      return { ok: false, difference: `malformed result: ${e.message}` };
    throw e;
  }
  const difference = firstDifference(runDraw(bundle, options), found);
  return difference === undefined ? { ok: true } : { ok: false, difference };
};

export type Inclusion =
  | { status: 'not-in-pool'; id: string }
  | { status: 'not-drawn'; id: string; stratum: string }
  | {
      status: 'selected' | 'reserve';
      id: string;
      stratum: string;
      /** 1-based place in the stratum's selected or reserve list, in draw order */
      position: number;
      assignment: Assignment | undefined;
    };

/**
 * Tells an enterprise what became of it in a draw. With no result given, the draw is
 * re-run from the bundle; a given result is read as it is (verify it first).
 */
export const inclusion = (
  bundle: DrawBundle,
  result: DrawResult | undefined,
  id: string,
  options?: DrawOptions,
): Inclusion => {
  const record = bundle.pool.find((r) => r.id === id);
  if (record === undefined) return { status: 'not-in-pool', id };
  const r = result ?? runDraw(bundle, options);
  const stratum = r.strata.find((s) => s.key === record.stratum);
  const selected = stratum?.selected.indexOf(id) ?? -1;
  if (selected >= 0) {
    return {
      status: 'selected',
      id,
      stratum: record.stratum,
      position: selected + 1,
      assignment: r.assignments.find((a) => a.target === id),
    };
  }
  const reserve = stratum?.reserve.indexOf(id) ?? -1;
  if (reserve >= 0) {
    return {
      status: 'reserve',
      id,
      stratum: record.stratum,
      position: reserve + 1,
      assignment: r.reserveAssignments.find((a) => a.target === id),
    };
  }
  return { status: 'not-drawn', id, stratum: record.stratum };
};
