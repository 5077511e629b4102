import { NotFoundError, ValidationError } from '../errors';
import type { Clock } from '../ports';
import {
  type Checkpoint,
  type CheckpointSigner,
  checkpointKeyId,
  parseCheckpoint,
  signCheckpoint,
  toBase64,
} from './checkpoint';
import {
  batchRanges,
  completeSubtreesOf,
  consistencyRanges,
  EMPTY_ROOT,
  foldSubtrees,
  frontierOf,
  type Hash,
  type NodeId,
  nodeKey,
  toHex,
} from './merkle';

/** One leaf of the district-wide log: an audit entry of one chain. */
export interface LogLeaf {
  index: number;
  chain: string;
  seq: number;
  /** the entry's hash (`dr-audit/1`), lowercase hex */
  hash: string;
}

/**
 * The district-wide audit log (docs/audit-log.md): a Merkle tree over every entry of every
 * chain, grown by a sequencer, read for checkpoints and proofs.
 */
export interface AuditLogTree {
  /**
   * Appends the entries of `chains` not yet in the tree (every chain when omitted), in each
   * chain's seq order, and answers the tree's size. Idempotent; resumes after a crash.
   */
  integrate(chains?: readonly string[]): Promise<number>;
  size(): Promise<number>;
  /** hashes of complete subtrees, by `nodeKey`; level 0 are leaf hashes */
  nodes(ids: readonly NodeId[]): Promise<Map<string, Hash>>;
  /** leaves [start, end) in order */
  leaves(start: number, end: number): Promise<LogLeaf[]>;
  /** the leaves of one chain, in seq order */
  chainLeaves(chain: string): Promise<LogLeaf[]>;
  latestCheckpoint(): Promise<string | undefined>;
  /** keeps a signed checkpoint; the first one kept for a size stands and is answered */
  keepCheckpoint(size: number, text: string): Promise<string>;
}

export interface AuditLogDeps {
  auditTree: AuditLogTree;
  /** the checkpoint key: signs where the runtime may sign, else only tells its public key */
  checkpointKey: Pick<CheckpointSigner, 'publicKey'> & Partial<Pick<CheckpointSigner, 'sign'>>;
  clock: Clock;
  logOrigin: string;
}

const NODES_MISSING = 'AUDIT_LOG.NODE_MISSING';

/** Fetches the complete subtrees that `ranges` need and folds each range's hash. */
const rangeHashes = async (
  tree: AuditLogTree,
  ranges: readonly [number, number][],
): Promise<Hash[]> => {
  const parts = ranges.map(([a, b]) => completeSubtreesOf(a, b));
  const wanted = new Map<string, NodeId>();
  for (const ids of parts) for (const id of ids) wanted.set(nodeKey(id), id);
  const found = await tree.nodes([...wanted.values()]);
  return parts.map((ids) =>
    foldSubtrees(
      ids.map((id) => {
        const h = found.get(nodeKey(id));
        if (!h) throw new Error(`${NODES_MISSING}: node ${nodeKey(id)} is not stored`);
        return h;
      }),
    ),
  );
};

export const treeRoot = async (tree: AuditLogTree, size: number): Promise<Hash> =>
  size === 0 ? EMPTY_ROOT : ((await rangeHashes(tree, [[0, size]]))[0] as Hash);

const latestOf = async (tree: AuditLogTree): Promise<Checkpoint | undefined> => {
  const text = await tree.latestCheckpoint();
  if (!text) return undefined;
  const { signatures: _s, ...c } = parseCheckpoint(text);
  return c;
};

/**
 * Signs a checkpoint of the tree as it stands (or of `size`, where the caller has just grown
 * the tree to it), unless the latest one already covers it. Two signers racing on one size
 * keep the first; both answer it.
 */
export const checkpointTree = async (deps: AuditLogDeps, grown?: number): Promise<Checkpoint> => {
  const { auditTree: tree, checkpointKey } = deps;
  const size = grown ?? (await tree.size());
  const latest = await latestOf(tree);
  if (latest && latest.size >= size) return latest;
  if (!checkpointKey.sign) throw new Error('this runtime holds no checkpoint signer');
  const signer = { publicKey: checkpointKey.publicKey, sign: checkpointKey.sign };
  const rootHash = toHex(await treeRoot(tree, size));
  const signed = await signCheckpoint(signer, {
    origin: deps.logOrigin,
    size,
    rootHash,
    time: deps.clock.now(),
  });
  const kept = await tree.keepCheckpoint(size, signed.text);
  const { signatures: _s, ...c } = parseCheckpoint(kept);
  return c;
};

/** Integrates the new entries of `chains` (all when omitted) and signs a checkpoint of them. */
export const sequenceAuditLog = async (
  deps: AuditLogDeps,
  chains?: readonly string[],
): Promise<Checkpoint> => {
  return checkpointTree(deps, await deps.auditTree.integrate(chains));
};

/** GET /audit-log/checkpoint: the latest checkpoint and the key that signed it. */
export const latestCheckpointView = async (deps: AuditLogDeps) => {
  const latest = await latestOf(deps.auditTree);
  if (!latest)
    throw new NotFoundError('AUDIT_LOG.NO_CHECKPOINT', 'no checkpoint has been signed yet');
  const spki = await deps.checkpointKey.publicKey();
  return {
    ...latest,
    checkpoint: latest.text,
    publicKey: toBase64(spki),
    keyId: toHex(checkpointKeyId(latest.origin, spki)),
    algorithm: 'ECDSA P-256 SHA-256 (DER), key as SubjectPublicKeyInfo DER in base64',
  };
};

const sizeInvalid = (field: string, rule: string, value: number) =>
  new ValidationError('AUDIT_LOG.SIZE_INVALID', `${field}: ${rule}`, { field, rule, value });

/** GET /audit-log/consistency?from=&to=: RFC 9162 PROOF(from, D[0:to]). */
export const consistencyView = async (deps: AuditLogDeps, from: number, to: number) => {
  const size = await deps.auditTree.size();
  if (to > size) throw sizeInvalid('to', `at most the tree's size, ${size}`, to);
  if (from > to) throw sizeInvalid('from', 'at most `to`', from);
  const ranges = from === 0 || from === to ? [] : consistencyRanges(from, to);
  const proof = await rangeHashes(deps.auditTree, ranges);
  return { from, to, proof: proof.map(toHex) };
};

/**
 * GET /tasks/{taskId}/audit/inclusion?size=: the chain's leaves in the tree of `size` (the
 * latest checkpoint's when omitted) and one batch proof for all of them.
 */
export const chainInclusionView = async (deps: AuditLogDeps, chain: string, size?: number) => {
  const tree = deps.auditTree;
  const treeSize = size ?? (await latestOf(tree))?.size ?? 0;
  const current = await tree.size();
  if (treeSize > current)
    throw sizeInvalid('size', `at most the tree's size, ${current}`, treeSize);
  const leaves = (await tree.chainLeaves(chain)).filter((l) => l.index < treeSize);
  const proof =
    leaves.length === 0
      ? []
      : await rangeHashes(
          tree,
          batchRanges(
            leaves.map((l) => l.index),
            treeSize,
          ),
        );
  return {
    chain,
    treeSize,
    leaves: leaves.map(({ index, seq, hash }) => ({ index, seq, hash })),
    proof: proof.map(toHex),
  };
};

export const MAX_LEAVES_PAGE = 1000;

/** GET /audit-log/leaves?start=&end=: leaves in order, at most 1000, for witnesses. */
export const leavesView = async (deps: AuditLogDeps, start: number, end: number) => {
  const size = await deps.auditTree.size();
  if (end > size) throw sizeInvalid('end', `at most the tree's size, ${size}`, end);
  if (start > end) throw sizeInvalid('start', 'at most `end`', start);
  if (end - start > MAX_LEAVES_PAGE)
    throw sizeInvalid('end', `at most ${MAX_LEAVES_PAGE} leaves after start`, end);
  const leaves = await deps.auditTree.leaves(start, end);
  return { start, end, leaves: leaves.map(({ chain, seq, hash }) => ({ chain, seq, hash })) };
};

export { frontierOf };
