import type { DrawBundle, RosterMember, StratumParams } from './bundle';
import { asciiBytes, concatBytes, type HashOptions, hasher, toHex } from './hash';
import { byteOrder, sortPool } from './pool-order';

export { byteOrder, sortPool };

export interface CanonicalTexts {
  poolText: string;
  rosterText: string;
  paramsText: string;
}

export interface Digests {
  poolDigest: string;
  paramsDigest: string;
  rosterDigest: string;
  /** hex of the master hash (spec §3) */
  seed: string;
}

/** The pool sorted by id, with its canonical text already encoded. */
export interface PreparedPool {
  /** indices into bundle.pool, in id order */
  order: Int32Array;
  poolBytes: Uint8Array;
  /** per stratum key, indices into bundle.pool in id order (the lists L of spec §4) */
  byStratum: Map<string, number[]>;
}

const CHUNK = 8192;

/**
 * Builds the canonical pool text and the per-stratum lists. A million records visited
 * in id order are scattered over the heap and slow to read, so the records are read
 * once in their own order: each line is encoded into a scratch buffer (joined in
 * chunks, never one 40 MB string), then the lines' bytes are copied in id order.
 */
export const preparePool = (bundle: DrawBundle): PreparedPool => {
  const pool = bundle.pool;
  const n = pool.length;
  const order = sortPool(pool.map((r) => r.id));
  const keys = bundle.params.strata.map((s) => s.key);
  const stratumIndex = new Map(keys.map((k, i) => [k, i]));
  const stratumOf = new Int32Array(n);
  const start = new Int32Array(n + 1);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const r = pool[i]!;
    length += r.id.length + r.stratum.length + r.unit.length + 3;
  }
  if (length > 0x7fffffff) throw new RangeError('pool text over 2 GB');
  const scratch = new Uint8Array(length);
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let at = 0;
  let written = 0;
  for (let i = 0; i < n; i++) {
    const r = pool[i]!;
    const line = `${r.id}\t${r.stratum}\t${r.unit}\n`;
    lines.push(line);
    start[i] = at;
    at += line.length;
    stratumOf[i] = stratumIndex.get(r.stratum) ?? -1;
    if (lines.length === CHUNK || i === n - 1) {
      written += encoder.encodeInto(lines.join(''), scratch.subarray(written)).written;
      lines.length = 0;
    }
  }
  start[n] = at;
  if (written !== length) {
    throw new RangeError(
      'pool codes must be ASCII (spec dr-draw/1 §1): parse bundles with parseBundle',
    );
  }
  const lists: number[][] = keys.map(() => []);
  const out = new Uint8Array(length);
  let o = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const from = start[i]!;
    const to = start[i + 1]!;
    out.set(scratch.subarray(from, to), o);
    o += to - from;
    lists[stratumOf[i]!]?.push(i);
  }
  return { order, poolBytes: out, byStratum: new Map(keys.map((k, i) => [k, lists[i]!])) };
};

const rosterLine = (m: RosterMember): string =>
  `${m.id}\t${m.unit}\t${m.leader ? 1 : 0}\t${[...m.qualifications].sort(byteOrder).join(',')}\t${[...m.conflicts].sort(byteOrder).join(',')}\n`;

export const rosterText = (bundle: DrawBundle): string =>
  [...bundle.roster]
    .sort((a, b) => byteOrder(a.id, b.id))
    .map(rosterLine)
    .join('');

export const sortedStrata = (bundle: DrawBundle): StratumParams[] =>
  [...bundle.params.strata].sort((a, b) => byteOrder(a.key, b.key));

export const paramsText = (bundle: DrawBundle): string => {
  const p = bundle.params;
  const lines = [
    `spec=${bundle.spec}`,
    `drawId=${bundle.drawId}`,
    `team=${p.team}`,
    `qualification=${p.qualification}`,
    `cap=${p.cap}`,
    `crossUnit=${p.crossUnit ? 1 : 0}`,
    ...sortedStrata(bundle).map((s) => `stratum=${s.key}\t${s.ratioBp}\t${s.reserve}`),
  ];
  return `${lines.join('\n')}\n`;
};

/** The three canonical texts of spec §2, as strings (for traces and small bundles). */
export const canonicalTexts = (bundle: DrawBundle): CanonicalTexts => ({
  poolText: new TextDecoder().decode(preparePool(bundle).poolBytes),
  rosterText: rosterText(bundle),
  paramsText: paramsText(bundle),
});

export const digestsOf = (
  bundle: DrawBundle,
  prepared: PreparedPool,
  options?: HashOptions,
): Digests => {
  const sha = hasher(options);
  const pool = sha(prepared.poolBytes);
  const params = sha(asciiBytes(paramsText(bundle)));
  const roster = sha(asciiBytes(rosterText(bundle)));
  const master = sha(
    concatBytes(
      asciiBytes('dr-draw/1'),
      new Uint8Array([0]),
      pool,
      params,
      roster,
      asciiBytes(bundle.entropy),
    ),
  );
  return {
    poolDigest: toHex(pool),
    paramsDigest: toHex(params),
    rosterDigest: toHex(roster),
    seed: toHex(master),
  };
};

/** poolDigest, paramsDigest, rosterDigest and seed of spec §2–§3. */
export const digests = (bundle: DrawBundle, options?: HashOptions): Digests =>
  digestsOf(bundle, preparePool(bundle), options);
