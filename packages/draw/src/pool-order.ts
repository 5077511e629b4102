/**
 * Pool order: byte order of ids and the fast sort of a pool by id. Kept apart from the
 * canonical texts so that the bundle parser (which checks ids are unique by sorting) and
 * the canonical encoder both use it without importing each other.
 */

/** Byte order, which for the ASCII codes of a bundle is plain code-unit order. */
export const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const compareAt =
  (ids: readonly string[]) =>
  (a: number, b: number): number =>
    byteOrder(ids[a]!, ids[b]!);

/**
 * Sorts pool ids in byte order. A comparison sort of a million ids costs seconds, and
 * USCC ids of one district share a long prefix. So: skip the prefix all ids share, pack
 * the next few characters (base 95, 0 for "ended", so a prefix sorts first) together
 * with the record index into one exactly representable float, sort those natively,
 * then order each run of equal packed characters by full comparison. Characters
 * outside the code alphabet are clamped, which keeps the packing monotonic: they can
 * only create ties, and ties are compared in full.
 */
export const sortPool = (ids: readonly string[]): Int32Array => {
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
  const width = Math.max(1, Math.floor((53 - indexBits) / Math.log2(95)));
  const shift = 2 ** indexBits;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    let v = 0;
    for (let c = shared; c < shared + width; c++) {
      const code = c < id.length ? id.charCodeAt(c) - 0x20 : 0;
      v = v * 95 + Math.max(0, Math.min(code, 94));
    }
    keys[i] = v * shift + i;
  }
  keys.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k]! % shift;
  const compare = compareAt(ids);
  let start = 0;
  while (start < n) {
    const packed = Math.floor(keys[start]! / shift);
    let end = start + 1;
    while (end < n && Math.floor(keys[end]! / shift) === packed) end++;
    if (end - start > 1) order.set(Array.from(order.subarray(start, end)).sort(compare), start);
    start = end;
  }
  return order;
};
