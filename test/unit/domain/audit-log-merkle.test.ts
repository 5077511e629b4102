import {
  appendToFrontier,
  batchProof,
  consistencyProof,
  EMPTY_ROOT,
  type Frontier,
  frontierRoot,
  type Hash,
  inclusionProof,
  leafHash,
  type NodeId,
  nodeHash,
  rangeHash,
  rootOf,
  toHex,
  verifyBatch,
  verifyConsistency,
  verifyInclusion,
} from '@double-random/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const leavesOf = (n: number): Hash[] =>
  Array.from({ length: n }, (_, i) => leafHash(new TextEncoder().encode(`leaf ${i}`)));

/** Complete-subtree hashes recomputed by the definition, for the proof builders. */
const lookupFor =
  (leaves: readonly Hash[]) =>
  (id: NodeId): Hash => {
    const size = 2 ** id.level;
    return rootOf(leaves.slice(id.index * size, (id.index + 1) * size));
  };

const flip = (h: Hash): Hash => {
  const out = Uint8Array.from(h);
  out[0] = (out[0] ?? 0) ^ 1;
  return out;
};

describe('RFC 9162 hashing', () => {
  it('hashes the empty tree, a leaf and a node with the RFC prefixes', () => {
    expect(toHex(EMPTY_ROOT)).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    // SHA-256(0x00) and SHA-256(0x01 ‖ a ‖ b): the values RFC 9162 implementations agree on
    expect(toHex(leafHash(new Uint8Array(0)))).toBe(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    );
    const a = leafHash(new Uint8Array([1]));
    const b = leafHash(new Uint8Array([2]));
    expect(rootOf([a, b])).toEqual(nodeHash(a, b));
    expect(rootOf([a, b, a])).toEqual(nodeHash(nodeHash(a, b), a));
  });

  it('the right edge grown leaf by leaf gives the root by the definition at every size', () => {
    const leaves = leavesOf(130);
    let frontier: Frontier = { size: 0, hashes: [] };
    const lookup = lookupFor(leaves);
    for (let n = 1; n <= leaves.length; n++) {
      const step = appendToFrontier(frontier, leaves[n - 1]!);
      for (const c of step.completed) expect(c.hash).toEqual(lookup(c.id));
      frontier = step.frontier;
      expect(frontierRoot(frontier)).toEqual(rootOf(leaves.slice(0, n)));
    }
  });

  it('a range’s hash from stored complete subtrees is the root of that range', () => {
    const leaves = leavesOf(77);
    expect(rangeHash(0, 77, lookupFor(leaves))).toEqual(rootOf(leaves));
    expect(rangeHash(64, 77, lookupFor(leaves))).toEqual(rootOf(leaves.slice(64, 77)));
  });
});

describe('inclusion proofs (RFC 9162 §2.1.3)', () => {
  it('verify for every leaf of every tree up to 40 leaves, and fail with a changed hash', () => {
    const leaves = leavesOf(40);
    for (let n = 1; n <= 40; n++) {
      const root = rootOf(leaves.slice(0, n));
      for (let m = 0; m < n; m++) {
        const proof = inclusionProof(m, n, lookupFor(leaves));
        expect(verifyInclusion(m, n, leaves[m]!, proof, root)).toBe(true);
        expect(verifyInclusion(m, n, flip(leaves[m]!), proof, root)).toBe(false);
        if (proof.length > 0)
          expect(
            verifyInclusion(m, n, leaves[m]!, [flip(proof[0]!), ...proof.slice(1)], root),
          ).toBe(false);
        expect(verifyInclusion(n, n, leaves[m]!, proof, root)).toBe(false);
      }
    }
  });

  it('a proof never verifies for another index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 300 }), fc.nat(), fc.nat(), (n, i, j) => {
        const m = i % n;
        const other = j % n;
        fc.pre(m !== other);
        const leaves = leavesOf(n);
        const proof = inclusionProof(m, n, lookupFor(leaves));
        return !verifyInclusion(other, n, leaves[m]!, proof, rootOf(leaves));
      }),
      { numRuns: 60 },
    );
  });
});

describe('consistency proofs (RFC 9162 §2.1.4)', () => {
  it('join every older tree to every newer one up to 40 leaves', () => {
    const leaves = leavesOf(40);
    const lookup = lookupFor(leaves);
    for (let n = 1; n <= 40; n++) {
      const newRoot = rootOf(leaves.slice(0, n));
      for (let m = 1; m <= n; m++) {
        const oldRoot = rootOf(leaves.slice(0, m));
        const proof = consistencyProof(m, n, lookup);
        expect(verifyConsistency(m, n, oldRoot, newRoot, proof)).toBe(true);
        if (m < n) {
          expect(verifyConsistency(m, n, flip(oldRoot), newRoot, proof)).toBe(false);
          expect(verifyConsistency(m, n, oldRoot, flip(newRoot), proof)).toBe(false);
        }
      }
    }
  });

  it('fail when an old leaf was rewritten', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.nat(), fc.nat(), (n, a, b) => {
        const m = 1 + (a % (n - 1));
        const changed = b % m;
        const leaves = leavesOf(n);
        const oldRoot = rootOf(leaves.slice(0, m));
        const rewritten = [...leaves];
        rewritten[changed] = flip(leaves[changed]!);
        const proof = consistencyProof(m, n, lookupFor(rewritten));
        return !verifyConsistency(m, n, oldRoot, rootOf(rewritten), proof);
      }),
      { numRuns: 80 },
    );
  });
});

describe('batch inclusion', () => {
  const subsetOf = (n: number) =>
    fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n });

  it('recomputes the root from any set of leaves and its proof', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }).chain((n) => fc.tuple(fc.constant(n), subsetOf(n))),
        ([n, picked]) => {
          const indices = [...picked].sort((x, y) => x - y);
          const leaves = leavesOf(n);
          const proof = batchProof(indices, n, lookupFor(leaves));
          const given = indices.map((index) => ({ index, hash: leaves[index]! }));
          return verifyBatch(n, given, proof, rootOf(leaves));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('fails when a leaf or a proof hash is changed, or a hash is left over', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 200 }).chain((n) => fc.tuple(fc.constant(n), subsetOf(n))),
        fc.nat(),
        ([n, picked], k) => {
          const indices = [...picked].sort((x, y) => x - y);
          const leaves = leavesOf(n);
          const root = rootOf(leaves);
          const proof = batchProof(indices, n, lookupFor(leaves));
          const given = indices.map((index) => ({ index, hash: leaves[index]! }));
          const i = k % given.length;
          const badLeaf = given.map((g, j) => (j === i ? { ...g, hash: flip(g.hash) } : g));
          if (verifyBatch(n, badLeaf, proof, root)) return false;
          if (verifyBatch(n, given, [...proof, leaves[0]!], root)) return false;
          if (proof.length === 0) return true;
          const j = k % proof.length;
          return !verifyBatch(
            n,
            given,
            proof.map((p, x) => (x === j ? flip(p) : p)),
            root,
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it('a leaf left out of the set cannot be claimed at another index', () => {
    const leaves = leavesOf(9);
    const proof = batchProof([2, 5], 9, lookupFor(leaves));
    const claims = [
      { index: 2, hash: leaves[2]! },
      { index: 6, hash: leaves[5]! },
    ];
    expect(verifyBatch(9, claims, proof, rootOf(leaves))).toBe(false);
  });
});
