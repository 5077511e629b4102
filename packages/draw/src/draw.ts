import type { DrawBundle, PoolRecord } from './bundle';
import { byteOrder, digestsOf, preparePool, sortedStrata } from './canonical';
import type { HashOptions } from './hash';
import { type Assignment, type DrawResult, resultDigest, type StratumResult } from './result';
import { below, stream, type WordStream } from './stream';

export type DrawOptions = HashOptions;

/** Spec §4: a partial Fisher–Yates shuffle of the sorted ids of one stratum. */
const drawStratum = (
  pool: readonly PoolRecord[],
  key: string,
  list: number[],
  ratioBp: number,
  reserve: number,
  source: WordStream,
): { stratum: StratumResult; selected: PoolRecord[]; reserve: PoolRecord[] } => {
  const N = list.length;
  const n = Math.min(N, Math.floor((N * ratioBp + 9999) / 10000));
  const r = Math.min(N - n, reserve);
  for (let i = 0; i < n + r; i++) {
    const j = i + below(source, N - i);
    const t = list[i]!;
    list[i] = list[j]!;
    list[j] = t;
  }
  const selected = list.slice(0, n).map((i) => pool[i]!);
  const reserved = list.slice(n, n + r).map((i) => pool[i]!);
  return {
    stratum: {
      key,
      population: N,
      size: n,
      selected: selected.map((t) => t.id),
      reserve: reserved.map((t) => t.id),
    },
    selected,
    reserve: reserved,
  };
};

/**
 * Spec §5. Among the eligible members with the lowest load, in id order, one is
 * chosen by `below`; the roster (a few hundred members) is scanned about once per target.
 * Exclusions for the current target (conflicts, members already picked) are marked
 * with a per-target stamp so nothing is allocated per target.
 */
const assigner = (bundle: DrawBundle, source: WordStream) => {
  const { team, qualification, cap, crossUnit } = bundle.params;
  const members = bundle.roster
    .filter((m) => m.qualifications.includes(qualification))
    .sort((a, b) => byteOrder(a.id, b.id));
  const count = members.length;
  const unitIndex = new Map<string, number>();
  const unitOf = new Int32Array(count);
  const leaderOf = new Uint8Array(count);
  const conflictsOf = new Map<string, number[]>();
  members.forEach((m, i) => {
    let u = unitIndex.get(m.unit);
    if (u === undefined) {
      u = unitIndex.size;
      unitIndex.set(m.unit, u);
    }
    unitOf[i] = u;
    leaderOf[i] = m.leader ? 1 : 0;
    for (const c of m.conflicts) {
      const list = conflictsOf.get(c);
      if (list === undefined) conflictsOf.set(c, [i]);
      else list.push(i);
    }
  });
  const load = new Float64Array(count);
  const stamp = new Float64Array(count);
  const candidates = new Int32Array(count);
  let tick = 0;

  return (target: PoolRecord): Assignment => {
    tick++;
    const excludedUnit = crossUnit && target.unit !== '' ? (unitIndex.get(target.unit) ?? -1) : -1;
    for (const i of conflictsOf.get(target.id) ?? []) stamp[i] = tick;
    const picked: number[] = [];
    // After a pick from the lowest-load members, the others at that load are still the
    // lowest among those left, so the roster is rescanned only when they run out.
    let found = 0;
    while (picked.length < team) {
      if (found === 0) {
        let lowest = Number.POSITIVE_INFINITY;
        for (let i = 0; i < count; i++) {
          if (stamp[i] === tick || unitOf[i] === excludedUnit) continue;
          const l = load[i]!;
          if (cap > 0 && l >= cap) continue;
          if (l < lowest) {
            lowest = l;
            found = 0;
            candidates[found++] = i;
          } else if (l === lowest) {
            candidates[found++] = i;
          }
        }
        if (found === 0) break;
      }
      const at = below(source, found);
      const chosen = candidates[at]!;
      candidates.copyWithin(at, at + 1, found);
      found--;
      picked.push(chosen);
      stamp[chosen] = tick;
      load[chosen]!++;
    }
    const lead = picked.find((i) => leaderOf[i] === 1) ?? picked[0];
    return {
      target: target.id,
      members: picked.map((i) => members[i]!.id),
      leader: lead === undefined ? null : members[lead]!.id,
      status: picked.length === team ? 'filled' : 'unfilled',
    };
  };
};

/** Runs the whole dr-draw/1 algorithm (spec §2–§6) on a parsed bundle. */
export const runDraw = (bundle: DrawBundle, options?: DrawOptions): DrawResult => {
  const prepared = preparePool(bundle);
  const d = digestsOf(bundle, prepared, options);
  const drawn = sortedStrata(bundle).map((s) =>
    drawStratum(
      bundle.pool,
      s.key,
      prepared.byStratum.get(s.key)!,
      s.ratioBp,
      s.reserve,
      stream(d.seed, `stratum:${s.key}`, options),
    ),
  );
  const assign = assigner(bundle, stream(d.seed, 'assign', options));
  const assignments = drawn.flatMap((s) => s.selected.map(assign));
  const reserveAssignments = drawn.flatMap((s) => s.reserve.map(assign));
  const body = {
    spec: bundle.spec,
    drawId: bundle.drawId,
    poolDigest: d.poolDigest,
    paramsDigest: d.paramsDigest,
    rosterDigest: d.rosterDigest,
    seed: d.seed,
    strata: drawn.map((s) => s.stratum),
    assignments,
    reserveAssignments,
  };
  return { ...body, resultDigest: resultDigest(body, options) };
};
