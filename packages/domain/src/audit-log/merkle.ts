import { sha256 } from '@noble/hashes/sha2.js';

/**
 * The Merkle tree of the district-wide audit log, hashed as RFC 9162 §2.1 says:
 * a leaf is SHA-256(0x00 ‖ data), an inner node SHA-256(0x01 ‖ left ‖ right), and the tree
 * over n leaves splits at k, the largest power of two smaller than n. Proofs are those of
 * RFC 9162 §2.1.3 (inclusion) and §2.1.4 (consistency), plus a batch form for many leaves
 * of one tree (docs/audit-log.md).
 *
 * A node is named by the range of leaves it covers, [start, end). The tree stores only
 * complete subtrees (`level`, `index`): leaves [index·2^level, (index+1)·2^level).
 */

export type Hash = Uint8Array;

export interface NodeId {
  level: number;
  index: number;
}

const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

export const leafHash = (data: Uint8Array): Hash => {
  const buf = new Uint8Array(data.length + 1);
  buf[0] = LEAF_PREFIX;
  buf.set(data, 1);
  return sha256(buf);
};

export const nodeHash = (left: Hash, right: Hash): Hash => {
  const buf = new Uint8Array(65);
  buf[0] = NODE_PREFIX;
  buf.set(left, 1);
  buf.set(right, 33);
  return sha256(buf);
};

/** SHA-256 of nothing: the root of the empty tree. */
export const EMPTY_ROOT: Hash = sha256(new Uint8Array(0));

const HEX_BYTE = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export const toHex = (bytes: Uint8Array): string => {
  let out = '';
  for (const b of bytes) out += HEX_BYTE[b];
  return out;
};

const HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX_VALUE['0123456789abcdef'.charCodeAt(i)] = i;

export const fromHex = (hex: string): Hash => {
  if (hex.length % 2 !== 0) throw new RangeError(`not lowercase hex: ${hex}`);
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = HEX_VALUE[hex.charCodeAt(2 * i)] ?? -1;
    const lo = HEX_VALUE[hex.charCodeAt(2 * i + 1)] ?? -1;
    if (hi < 0 || lo < 0) throw new RangeError(`not lowercase hex: ${hex}`);
    out[i] = (hi << 4) | lo;
  }
  return out;
};

export const sameHash = (a: Hash, b: Hash): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The largest power of two smaller than n (n ≥ 2). */
export const splitPoint = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

/** MTH over already-hashed leaves, by the definition (for tests and small trees). */
export const rootOf = (leaves: readonly Hash[]): Hash => {
  const mth = (a: number, b: number): Hash => {
    if (b - a === 0) return EMPTY_ROOT;
    if (b - a === 1) return leaves[a]!;
    const k = splitPoint(b - a);
    return nodeHash(mth(a, a + k), mth(a + k, b));
  };
  return mth(0, leaves.length);
};

/**
 * The complete subtrees whose hashes make up the range [start, end) as RFC 9162's recursion
 * meets it (start aligned to the range's own split): sizes by the binary digits of
 * end − start, largest first.
 */
export const completeSubtreesOf = (start: number, end: number): NodeId[] => {
  const out: NodeId[] = [];
  let at = start;
  let left = end - start;
  for (let level = 52; level >= 0 && left > 0; level--) {
    const size = 2 ** level;
    if (left >= size) {
      out.push({ level, index: at / size });
      at += size;
      left -= size;
    }
  }
  return out;
};

/** Folds the complete subtrees of a range, rightmost first, into the range's hash. */
export const foldSubtrees = (hashes: readonly Hash[]): Hash => {
  if (hashes.length === 0) return EMPTY_ROOT;
  let acc = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) acc = nodeHash(hashes[i]!, acc);
  return acc;
};

/** A reader of complete-subtree hashes: the tree's storage, or leaves in memory. */
export type NodeLookup = (id: NodeId) => Hash;

export const nodeKey = (id: NodeId): string => `${id.level}/${id.index}`;

/** The hash of a range [start, end) that the RFC recursion meets, from complete subtrees. */
export const rangeHash = (start: number, end: number, node: NodeLookup): Hash =>
  foldSubtrees(completeSubtreesOf(start, end).map(node));

/* ---------------------------------------------------------------- inclusion (RFC 9162 §2.1.3) */

/** The ranges whose hashes form PATH(m, D[0:n]), bottom-up as the RFC lists them. */
export const inclusionRanges = (m: number, n: number): [number, number][] => {
  if (m < 0 || m >= n) throw new RangeError(`leaf ${m} is not in a tree of ${n}`);
  const out: [number, number][] = [];
  const path = (a: number, b: number): void => {
    if (b - a <= 1) return;
    const k = splitPoint(b - a);
    if (m < a + k) {
      path(a, a + k);
      out.push([a + k, b]);
    } else {
      path(a + k, b);
      out.push([a, a + k]);
    }
  };
  path(0, n);
  return out;
};

export const inclusionProof = (m: number, n: number, node: NodeLookup): Hash[] =>
  inclusionRanges(m, n).map(([a, b]) => rangeHash(a, b, node));

/** RFC 9162 §2.1.3.2: does `proof` show the leaf hash at `index` in the tree of `size` with `root`? */
export const verifyInclusion = (
  index: number,
  size: number,
  leaf: Hash,
  proof: readonly Hash[],
  root: Hash,
): boolean => {
  if (index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && sameHash(r, root);
};

/* -------------------------------------------------------------- consistency (RFC 9162 §2.1.4) */

/** The ranges whose hashes form PROOF(m, D[0:n]) (0 < m ≤ n), in the RFC's order. */
export const consistencyRanges = (m: number, n: number): [number, number][] => {
  if (m < 1 || m > n) throw new RangeError(`no consistency proof from ${m} to ${n}`);
  const out: [number, number][] = [];
  const subproof = (mm: number, a: number, b: number, complete: boolean): void => {
    const size = b - a;
    if (mm === size) {
      if (!complete) out.push([a, b]);
      return;
    }
    const k = splitPoint(size);
    if (mm <= k) {
      subproof(mm, a, a + k, complete);
      out.push([a + k, b]);
    } else {
      subproof(mm - k, a + k, b, false);
      out.push([a, a + k]);
    }
  };
  subproof(m, 0, n, true);
  return out;
};

export const consistencyProof = (m: number, n: number, node: NodeLookup): Hash[] =>
  m === n ? [] : consistencyRanges(m, n).map(([a, b]) => rangeHash(a, b, node));

/** RFC 9162 §2.1.4.2: does `proof` show that the tree (m, oldRoot) is a prefix of (n, newRoot)? */
export const verifyConsistency = (
  m: number,
  n: number,
  oldRoot: Hash,
  newRoot: Hash,
  proof: readonly Hash[],
): boolean => {
  if (m < 0 || m > n) return false;
  if (m === n) return proof.length === 0 && sameHash(oldRoot, newRoot);
  if (m === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  let path = [...proof];
  // a power-of-two old tree is itself the first node of the path
  if (2 ** Math.round(Math.log2(m)) === m) path = [oldRoot, ...path];
  let fn = m - 1;
  let sn = n - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sameHash(fr, oldRoot) && sameHash(sr, newRoot) && sn === 0;
};

/* ------------------------------------------------------------------------- batch inclusion */

/**
 * The ranges a batch proof for `indices` (sorted, distinct, < n) carries: walking the RFC
 * recursion from [0, n) depth-first, left before right, every range holding none of the
 * indices whose parent holds one. The verifier walks the same way and takes them in order.
 */
export const batchRanges = (indices: readonly number[], n: number): [number, number][] => {
  checkBatch(indices, n);
  const out: [number, number][] = [];
  // i: the first index in [a, b) at or after a (indices sorted)
  const walk = (a: number, b: number, from: number, to: number): void => {
    if (from === to) {
      out.push([a, b]);
      return;
    }
    if (b - a === 1) return;
    const k = splitPoint(b - a);
    let mid = from;
    while (mid < to && indices[mid]! < a + k) mid++;
    walk(a, a + k, from, mid);
    walk(a + k, b, mid, to);
  };
  if (n > 0) walk(0, n, 0, indices.length);
  return out;
};

const checkBatch = (indices: readonly number[], n: number): void => {
  for (let i = 0; i < indices.length; i++) {
    const x = indices[i]!;
    if (!Number.isSafeInteger(x) || x < 0 || x >= n)
      throw new RangeError(`leaf ${x} is not in a tree of ${n}`);
    if (i > 0 && x <= indices[i - 1]!) throw new RangeError('leaf indices must ascend');
  }
};

export const batchProof = (indices: readonly number[], n: number, node: NodeLookup): Hash[] =>
  batchRanges(indices, n).map(([a, b]) => rangeHash(a, b, node));

/**
 * Recomputes the root of a tree of `size` from the leaves at `indices` (ascending) and a
 * batch proof; true when it is `root` and every proof hash was used.
 */
export const verifyBatch = (
  size: number,
  leaves: readonly { index: number; hash: Hash }[],
  proof: readonly Hash[],
  root: Hash,
): boolean => {
  const indices = leaves.map((l) => l.index);
  try {
    checkBatch(indices, size);
  } catch {
    return false;
  }
  if (leaves.length === 0) return false;
  let used = 0;
  const walk = (a: number, b: number, from: number, to: number): Hash | undefined => {
    if (from === to) return used < proof.length ? proof[used++] : undefined;
    if (b - a === 1) return leaves[from]!.hash;
    const k = splitPoint(b - a);
    let mid = from;
    while (mid < to && indices[mid]! < a + k) mid++;
    const l = walk(a, a + k, from, mid);
    if (!l) return undefined;
    const r = walk(a + k, b, mid, to);
    return r && nodeHash(l, r);
  };
  const computed = walk(0, size, 0, leaves.length);
  return computed !== undefined && used === proof.length && sameHash(computed, root);
};

/* ----------------------------------------------------------------------- building the tree */

/**
 * The right edge of a tree of `size` leaves: the complete subtrees that make up [0, size),
 * largest first. Appending a leaf merges equal-sized subtrees; each merge is a new complete
 * node the caller stores. The root is their fold.
 */
export const frontierOf = (size: number): NodeId[] => completeSubtreesOf(0, size);

export interface Frontier {
  size: number;
  /** hashes of `frontierOf(size)`, in that order */
  hashes: Hash[];
}

/** Appends one leaf hash: the new frontier and the complete nodes (level ≥ 1) it finished. */
export const appendToFrontier = (
  frontier: Frontier,
  leaf: Hash,
): { frontier: Frontier; completed: { id: NodeId; hash: Hash }[] } => {
  const hashes = [...frontier.hashes, leaf];
  const completed: { id: NodeId; hash: Hash }[] = [];
  const size = frontier.size + 1;
  let level = 0;
  let index = frontier.size;
  // the new leaf closes one complete node per trailing 1-bit of the old size
  while (index % 2 === 1) {
    const right = hashes.pop()!;
    const left = hashes.pop()!;
    level++;
    index = (index - 1) / 2;
    const hash = nodeHash(left, right);
    completed.push({ id: { level, index }, hash });
    hashes.push(hash);
  }
  return { frontier: { size, hashes }, completed };
};

export const frontierRoot = (frontier: Frontier): Hash => foldSubtrees(frontier.hashes);
