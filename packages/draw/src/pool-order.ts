/**
 * Pool order: byte order of ids and the fast sort of a pool by id. Kept apart from the
 * canonical texts so that the bundle parser (which checks ids are unique by sorting) and
 * the canonical encoder both use it without importing each other.
 */

/** Byte order, which for the ASCII codes of a bundle is plain code-unit order. */
export const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Digits of the packed characters: ended, below printable ASCII, its 95 characters, above. */
const PACK_BASE = 98;

const compareAt =
  (ids: readonly string[]) =>
  (a: number, b: number): number =>
    byteOrder(ids[a]!, ids[b]!);

/**
 * Sorts pool ids in byte order. A comparison sort of a million ids costs seconds, and
 * USCC ids of one district share a long prefix. So: skip the prefix all ids share, pack
 * the next few characters (base 98: 0 for "ended", so a prefix sorts first; 2–96 for the
 * printable ASCII of codes) together with the record index into one exactly representable
 * float, sort those natively, then order each run of equal packed characters by full
 * comparison. A character outside printable ASCII packs as 1 (below) or 97 (above) and
 * ends the packing of its id, which keeps the packing monotonic: two ids it cannot tell
 * apart tie, and ties are compared in full.
 */
export const sortPool = (ids: readonly string[]): Int32Array => sortPoolFindingRepeats(ids).order;

/**
 * sortPool, also naming the earliest record whose id an earlier record already has
 * (-1 if none). Equal ids pack alike, so they can only sit in a run of ties, which is
 * compared in full anyway: nothing else is visited again.
 */
export const sortPoolFindingRepeats = (
  ids: readonly string[],
): { order: Int32Array; repeated: number } => {
  const n = ids.length;
  const first = ids[0] ?? '';
  let shared = first.length;
  for (const id of ids) {
    const m = Math.min(shared, id.length);
    let c = 0;
    while (c < m && id.charCodeAt(c) === first.charCodeAt(c)) c++;
    shared = c;
  }
  let indexBits = 1;
  while (2 ** indexBits < n) indexBits++;
  const width = Math.max(1, Math.floor((53 - indexBits) / Math.log2(PACK_BASE)));
  const shift = 2 ** indexBits;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    let v = 0;
    let packing = true;
    for (let c = shared; c < shared + width; c++) {
      let digit = 0;
      if (packing && c < id.length) {
        const code = id.charCodeAt(c);
        digit = code < 0x20 ? 1 : code > 0x7e ? PACK_BASE - 1 : code - 0x1e;
        // past a character outside the alphabet only a full comparison orders ids
        if (code < 0x20 || code > 0x7e) packing = false;
      }
      v = v * PACK_BASE + digit;
    }
    keys[i] = v * shift + i;
  }
  keys.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k]! % shift;
  const compare = compareAt(ids);
  let repeated = -1;
  let start = 0;
  while (start < n) {
    const packed = Math.floor(keys[start]! / shift);
    let end = start + 1;
    while (end < n && Math.floor(keys[end]! / shift) === packed) end++;
    if (end - start > 1) {
      // A stable sort of ascending indices: equal ids keep input order, the later one second.
      const run = Array.from(order.subarray(start, end)).sort(compare);
      order.set(run, start);
      for (let k = 1; k < run.length; k++) {
        const later = run[k]!;
        if (ids[run[k - 1]!] === ids[later] && (repeated < 0 || later < repeated)) {
          repeated = later;
        }
      }
    }
    start = end;
  }
  return { order, repeated };
};

/**
 * The id order of pools this package has already sorted. parseBundle sorts its fresh copy
 * of the pool to find repeated ids, and the draw needs the same order: remembering it
 * saves the second sort of a million ids. Keyed by the pool array itself; a pool whose
 * length changed since is sorted again.
 */
const remembered = new WeakMap<readonly { id: string }[], Int32Array>();

export const rememberPoolOrder = (pool: readonly { id: string }[], order: Int32Array): void => {
  remembered.set(pool, order);
};

/** Indices into `pool` in byte order of the ids. */
export const poolOrder = (pool: readonly { id: string }[]): Int32Array => {
  const known = remembered.get(pool);
  if (known !== undefined && known.length === pool.length) return known;
  const order = sortPool(pool.map((r) => r.id));
  remembered.set(pool, order);
  return order;
};
