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
  list: Int32Array,
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
  const selected = Array.from(list.subarray(0, n), (i) => pool[i]!);
  const reserved = Array.from(list.subarray(n, n + r), (i) => pool[i]!);
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
 * chosen by `below`. Scanning the roster (a few hundred members) for every target cost
 * most of a draw of 100,000 targets, so the lowest-load members are kept between
 * targets: for each class of target (no unit excluded, or one unit excluded) a Fenwick
 * tree over the roster in id order marks the class's eligible members at its lowest
 * load. Loads only grow, so the set only shrinks as members are picked, and is rebuilt
 * by one scan when it runs out. A target with conflicts, or one whose team needs a rescan
 * after its first picks, takes the plain scan, with exclusions marked by a per-target stamp.
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

  // Class c excludes unit c - 1; class 0 excludes none.
  const classes = unitIndex.size + 1;
  const width = count + 1;
  const tree = new Int32Array(classes * width);
  const present = new Uint8Array(classes * count);
  const size = new Int32Array(classes);
  let top = 1;
  while (top * 2 <= count) top *= 2;

  const rebuild = (c: number): void => {
    const excluded = c - 1;
    let lowest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count; i++) {
      const l = load[i]!;
      if (unitOf[i] !== excluded && (cap === 0 || l < cap) && l < lowest) lowest = l;
    }
    const base = c * width;
    tree.fill(0, base, base + width);
    let n = 0;
    for (let i = 0; i < count; i++) {
      const on = unitOf[i] !== excluded && load[i] === lowest ? 1 : 0;
      present[c * count + i] = on;
      tree[base + i + 1] = on;
      n += on;
    }
    for (let p = 1; p <= count; p++) {
      const parent = p + (p & -p);
      if (parent <= count) tree[base + parent]! += tree[base + p]!;
    }
    size[c] = n;
  };

  /** The member at 0-based position k among those marked in class c, in id order. */
  const kth = (c: number, k: number): number => {
    const base = c * width;
    let at = 0;
    let rest = k + 1;
    for (let step = top; step > 0; step >>= 1) {
      const next = at + step;
      if (next <= count && tree[base + next]! < rest) {
        at = next;
        rest -= tree[base + next]!;
      }
    }
    return at;
  };

  /** A pick raises the member's load: it leaves every lowest-load set it was in. */
  const take = (chosen: number): void => {
    load[chosen]!++;
    for (let c = 0; c < classes; c++) {
      if (present[c * count + chosen] === 0) continue;
      present[c * count + chosen] = 0;
      size[c]!--;
      const base = c * width;
      for (let p = chosen + 1; p <= count; p += p & -p) tree[base + p]!--;
    }
  };

  /** The plain scan: picks the rest of a team with exclusions stamped for this target. */
  const scanPicks = (picked: number[], excludedUnit: number): void => {
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
      take(chosen);
    }
  };

  return (target: PoolRecord): Assignment => {
    tick++;
    const excludedUnit = crossUnit && target.unit !== '' ? (unitIndex.get(target.unit) ?? -1) : -1;
    const conflicts = conflictsOf.get(target.id);
    const picked: number[] = [];
    if (conflicts !== undefined) {
      for (const i of conflicts) stamp[i] = tick;
      scanPicks(picked, excludedUnit);
    } else {
      const c = excludedUnit + 1;
      while (picked.length < team) {
        if (size[c] === 0) {
          if (picked.length > 0) {
            for (const i of picked) stamp[i] = tick;
            scanPicks(picked, excludedUnit);
            break;
          }
          rebuild(c);
          if (size[c] === 0) break;
        }
        const chosen = kth(c, below(source, size[c]!));
        picked.push(chosen);
        take(chosen);
      }
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
