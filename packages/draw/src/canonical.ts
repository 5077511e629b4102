import type { DrawBundle, RosterMember, StratumParams } from './bundle';
import { asciiBytes, concatBytes, type HashOptions, hasher, toHex } from './hash';
import { byteOrder, poolOrder, sortPool } from './pool-order';

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
  byStratum: Map<string, Int32Array>;
}

/** Writes the char codes of an ASCII string; returns the new offset, or -1 past ASCII. */
const writeAscii = (text: string, into: Uint8Array, from: number): number => {
  let at = from;
  for (let c = 0; c < text.length; c++) {
    const code = text.charCodeAt(c);
    if (code > 0x7f) return -1;
    into[at++] = code;
  }
  return at;
};

/**
 * Builds the canonical pool text and the per-stratum lists. Reading a million records,
 * or a million lines of a scratch text, in id order means a cache miss per record; so
 * the order is used only to give each record the offset of its line in the text (small
 * typed arrays), and the records are then read in their own order, each line written
 * straight at its offset. Scattered writes cost a fraction of scattered reads.
 */
export const preparePool = (bundle: DrawBundle): PreparedPool => {
  const pool = bundle.pool;
  const n = pool.length;
  const order = poolOrder(pool);
  const keys = bundle.params.strata.map((s) => s.key);
  const stratumIndex = new Map(keys.map((k, i) => [k, i]));
  const stratumOf = new Int32Array(n);
  // Codes are at most 64 characters: a line is at most 195 bytes.
  const lineLength = new Uint8Array(n);
  const sizes = new Int32Array(keys.length);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const r = pool[i]!;
    const line = r.id.length + r.stratum.length + r.unit.length + 3;
    lineLength[i] = Math.min(line, 255);
    length += line;
    const s = stratumIndex.get(r.stratum) ?? -1;
    stratumOf[i] = s;
    if (s >= 0) sizes[s]!++;
  }
  if (length > 0x7fffffff) throw new RangeError('pool text over 2 GB');
  const lists = keys.map((_, s) => new Int32Array(sizes[s]!));
  const filled = new Int32Array(keys.length);
  const offset = new Int32Array(n);
  let o = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    offset[i] = o;
    o += lineLength[i]!;
    const s = stratumOf[i]!;
    if (s >= 0) lists[s]![filled[s]!++] = i;
  }
  if (o !== length)
    throw new RangeError('pool codes are at most 64 characters (spec dr-draw/1 §1)');
  const out = new Uint8Array(length);
  for (let i = 0; i < n; i++) {
    const r = pool[i]!;
    let at = writeAscii(r.id, out, offset[i]!);
    if (at >= 0) {
      out[at++] = 0x09;
      at = writeAscii(r.stratum, out, at);
    }
    if (at >= 0) {
      out[at++] = 0x09;
      at = writeAscii(r.unit, out, at);
    }
    if (at < 0) {
      throw new RangeError(
        'pool codes must be ASCII (spec dr-draw/1 §1): parse bundles with parseBundle',
      );
    }
    out[at] = 0x0a;
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
