import type { DrawBundle, RosterMember, StratumParams } from './bundle';
import { asciiBytes, concatBytes, type HashOptions, hasher, toHex } from './hash';

/** Byte order, which for the ASCII codes of a bundle is plain code-unit order. */
export const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
}

/**
 * Sorts pool ids in byte order. Pools reach a million records whose ids share long
 * prefixes (every USCC of a district starts alike), where a comparison sort costs
 * seconds; an LSD radix sort over the id bytes, skipping columns where every id has
 * the same byte, takes a fraction of that. Shorter ids pad with 0, below every code
 * byte, so a prefix sorts first, as byte order requires.
 */
const sortPool = (ids: readonly string[]): Int32Array => {
  const n = ids.length;
  let width = 0;
  for (const id of ids) if (id.length > width) width = id.length;
  const bytes = new Uint8Array(n * width);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    const base = i * width;
    for (let c = 0; c < id.length; c++) bytes[base + c] = id.charCodeAt(c);
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Int32Array(n);
  const count = new Int32Array(257);
  for (let col = width - 1; col >= 0; col--) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[bytes[i * width + col]! + 1]!++;
    let distinct = 0;
    for (let v = 1; v <= 256; v++) if (count[v]! > 0) distinct++;
    if (distinct <= 1) continue;
    for (let v = 1; v <= 256; v++) count[v]! += count[v - 1]!;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      spare[count[bytes[i * width + col]!]!++] = i;
    }
    [order, spare] = [spare, order];
  }
  return order;
};

/** Encodes `id \t stratum \t unit \n` per record straight into one buffer (no 40 MB string). */
export const preparePool = (bundle: DrawBundle): PreparedPool => {
  const pool = bundle.pool;
  const order = sortPool(pool.map((r) => r.id));
  let length = 0;
  for (const r of pool) length += r.id.length + r.stratum.length + r.unit.length + 3;
  const out = new Uint8Array(length);
  const cache = new Map<string, Uint8Array>();
  const encoded = (s: string): Uint8Array => {
    let e = cache.get(s);
    if (e === undefined) {
      e = asciiBytes(s);
      cache.set(s, e);
    }
    return e;
  };
  let at = 0;
  for (let k = 0; k < order.length; k++) {
    const r = pool[order[k]!]!;
    const id = r.id;
    for (let c = 0; c < id.length; c++) out[at++] = id.charCodeAt(c);
    out[at++] = 9;
    const s = encoded(r.stratum);
    out.set(s, at);
    at += s.length;
    out[at++] = 9;
    const u = encoded(r.unit);
    out.set(u, at);
    at += u.length;
    out[at++] = 10;
  }
  return { order, poolBytes: out };
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
