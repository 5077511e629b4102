/**
 * Pool order: byte order of ids and the fast sort of a pool by id. Kept apart from the
 * canonical texts so that the bundle parser (which checks ids are unique by sorting) and
 * the canonical encoder both use it without importing each other.
 */

/** Byte order, which for the ASCII codes of a bundle is plain code-unit order. */
export const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Digits of the packed characters: ended, below printable ASCII, its 95 characters, above. */
const PACK_BASE = 98;

/** The length of the prefix all `ids` share; 0 for no ids. */
export const sharedPrefix = (ids: readonly string[]): number => {
  const first = ids[0] ?? '';
  let shared = first.length;
  for (const id of ids) {
    const m = Math.min(shared, id.length);
    let c = 0;
    while (c < m && id.charCodeAt(c) === first.charCodeAt(c)) c++;
    shared = c;
  }
  return shared;
};

/**
 * How the sort keys of `n` records are laid out in one exactly representable float
 * (53 bits): the record index in the fewest low bits that hold every index (`shift` is
 * that power of two), above it as many packed characters (`width`) as the other bits
 * hold. A pool fits an Int32Array, so `width` is at least 3.
 */
export const keyLayout = (n: number): { shift: number; width: number } => {
  let indexBits = 0;
  while (2 ** indexBits < n) indexBits++;
  return {
    shift: 2 ** indexBits,
    width: Math.floor((53 - indexBits) / Math.log2(PACK_BASE)),
  };
};

/**
 * Characters `from` to `from + width - 1` of `id` as the digits of one number in base 98,
 * first character most significant: 0 once the id has ended (so a prefix sorts first),
 * 2–96 for printable ASCII 0x20–0x7E, 1 for a character below it and 97 for one above.
 * A character outside printable ASCII ends the packing (the digits after it are 0): past it
 * only a full comparison orders ids. So the number never decreases as ids go up in
 * code-unit order, and printable ids that differ within the window pack differently.
 */
export const packChars = (id: string, from: number, width: number): number => {
  let v = 0;
  let packing = true;
  for (let c = from; c < from + width; c++) {
    let digit = 0;
    if (packing && c < id.length) {
      const code = id.charCodeAt(c);
      digit = code < 0x20 ? 1 : code > 0x7e ? PACK_BASE - 1 : code - 0x1e;
      if (code < 0x20 || code > 0x7e) packing = false;
    }
    v = v * PACK_BASE + digit;
  }
  return v;
};

/** The digits of an alphabet: ASCII characters in code-unit order, 0 for an ended id. */
export interface IdAlphabet {
  /** by character code below 128: its digit, 1 to base - 1 (0 for a character not used) */
  digits: Uint8Array;
  /** the number of digits: the characters used, and the end of an id */
  base: number;
}

/**
 * The characters `ids` use from position `from` on, each given a digit in code-unit order
 * (1 for the lowest), 0 standing for the end of an id; undefined when one of them is not
 * ASCII (the base-98 packing then serves). A district's ids use a few dozen characters, so
 * digits in their own base pack more characters into a key than base 98 does.
 */
export const idAlphabet = (ids: readonly string[], from: number): IdAlphabet | undefined => {
  const used = new Uint8Array(128);
  for (const id of ids)
    for (let c = from; c < id.length; c++) {
      const code = id.charCodeAt(c);
      if (code > 0x7f) return undefined;
      used[code] = 1;
    }
  const digits = new Uint8Array(128);
  let base = 1;
  for (let code = 0; code < 128; code++) if (used[code]) digits[code] = base++;
  return { digits, base: Math.max(base, 2) };
};

/**
 * keyLayout for digits of `base`: the record index in the fewest low bits that hold every
 * index, above it as many characters as keep every key below 2^53 (exactly representable).
 */
export const alphabetLayout = (n: number, base: number): { shift: number; width: number } => {
  if (!(base >= 2)) throw new RangeError(`a base of digits is 2 or more, not ${base}`);
  const { shift } = keyLayout(n);
  let width = 0;
  while (base ** (width + 1) * shift <= 2 ** 53) width++;
  return { shift, width };
};

/**
 * Characters `from` to `from + width - 1` of `id` as the digits of one number in the
 * alphabet's base, first character most significant, 0 once the id has ended: the number
 * never decreases as ids go up in code-unit order, and ids that differ within the window
 * pack differently.
 */
export const packDigits = (
  id: string,
  from: number,
  width: number,
  { digits, base }: IdAlphabet,
): number => {
  let v = 0;
  for (let c = from; c < from + width; c++)
    v = v * base + (c < id.length ? digits[id.charCodeAt(c)]! : 0);
  return v;
};

/**
 * Calls `visit(start, end)` for each run `start..end - 1` of two or more sorted keys whose
 * packed characters (the key divided by `shift`, rounded down) are equal: the records
 * only a full comparison can order.
 */
export const forEachTie = (
  keys: Float64Array,
  shift: number,
  visit: (start: number, end: number) => void,
): void => {
  let start = 0;
  let packed = Math.floor(keys[0]! / shift);
  // keys[keys.length] is undefined: NaN, equal to nothing, ends the last run
  for (let k = 1; k <= keys.length; k++) {
    const next = Math.floor(keys[k]! / shift);
    if (next !== packed) {
      if (k - start > 1) visit(start, k);
      start = k;
      packed = next;
    }
  }
};

/** Runs this short or shorter are sorted in place by insertion, not by a call to sort. */
const SHORT_RUN = 24;

/**
 * `keys` in ascending order, as `keys.slice().sort()` (exact integers, no NaN). A native
 * sort of a million keys took about 100 ms. Here the keys are first spread over about n / 4
 * buckets of equal width between the least and the greatest key (one pass to count, one to
 * place), then each bucket is sorted: by insertion when short, as the keys of a pool almost
 * always are, else natively. A bucket is a range of keys and the buckets are in key order,
 * so sorting each sorts all; keys bunched into a few buckets cost a native sort of those.
 */
export const sortKeys = (keys: Float64Array): Float64Array => {
  const n = keys.length;
  let least = keys[0] ?? 0;
  let greatest = least;
  for (let i = 1; i < n; i++) {
    const k = keys[i]!;
    if (k < least) least = k;
    else if (k > greatest) greatest = k;
  }
  const buckets = Math.max(1, n >> 2);
  const last = buckets - 1;
  const width = (greatest - least + 1) / buckets;
  // A greater key never falls in a lower bucket: division rounds monotonically, and so does
  // the clamp, which keeps a key that rounding puts one past the end in the last bucket.
  const bucketOf = (k: number): number => Math.min(last, Math.floor((k - least) / width));
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < n; i++) start[bucketOf(keys[i]!) + 1]!++;
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const next = start.slice(0, buckets);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[next[bucketOf(keys[i]!)]!++] = keys[i]!;
  for (let b = 0; b < buckets; b++) {
    const from = start[b]!;
    const to = start[b + 1]!;
    if (to - from > SHORT_RUN) out.subarray(from, to).sort();
    else
      for (let i = from + 1; i < to; i++) {
        const k = out[i]!;
        let j = i - 1;
        while (j >= from && out[j]! > k) {
          out[j + 1] = out[j]!;
          j--;
        }
        out[j + 1] = k;
      }
  }
  return out;
};

const compareAt =
  (ids: readonly string[]) =>
  (a: number, b: number): number =>
    byteOrder(ids[a]!, ids[b]!);

/**
 * Sorts pool ids in byte order. A comparison sort of a million ids costs seconds, and
 * USCC ids of one district share a long prefix. So: skip the prefix all ids share
 * (sharedPrefix), pack the next few characters (packDigits in the ids' own alphabet, else
 * packChars) together with the record index into one exactly representable float
 * (alphabetLayout, keyLayout), sort those (sortKeys), then order each
 * run of equal packed characters by full comparison (forEachTie). Two ids the packing
 * cannot tell apart tie, and ties are compared in full.
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
  const shared = sharedPrefix(ids);
  // the characters past the shared prefix in their own base where they are ASCII (more of
  // them fit in a key, so fewer ids tie), else in base 98
  const alphabet = idAlphabet(ids, shared);
  const { shift, width } = alphabet ? alphabetLayout(n, alphabet.base) : keyLayout(n);
  const packed = new Float64Array(n);
  if (alphabet)
    for (let i = 0; i < n; i++)
      packed[i] = packDigits(ids[i]!, shared, width, alphabet) * shift + i;
  else for (let i = 0; i < n; i++) packed[i] = packChars(ids[i]!, shared, width) * shift + i;
  const keys = sortKeys(packed);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = keys[k]! % shift;
  const compare = compareAt(ids);
  let repeated = n;
  forEachTie(keys, shift, (start, end) => {
    // A stable sort of ascending indices: equal ids keep input order, the later one second.
    const run = Array.from(order.subarray(start, end)).sort(compare);
    order.set(run, start);
    let previous: string | undefined;
    for (const index of run) {
      const id = ids[index];
      if (id === previous) repeated = Math.min(repeated, index);
      previous = id;
    }
  });
  return { order, repeated: repeated < n ? repeated : -1 };
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
