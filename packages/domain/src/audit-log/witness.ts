import { type Checkpoint, entryLeafHash } from './checkpoint';
import {
  appendToFrontier,
  type Frontier,
  fromHex,
  frontierRoot,
  toHex,
  verifyBatch,
  verifyConsistency,
} from './merkle';

/**
 * What a witness keeps between runs (docs/audit-log.md): the checkpoint it last accepted,
 * the tree's right edge at that size, and each chain's count and last entry hash in it. With
 * the right edge it replays new leaves to the next root, so it knows how many entries the
 * log holds for every chain without trusting the server.
 */
export interface WitnessState {
  format: 'dr-audit-witness/1';
  checkpoint: string;
  size: number;
  rootHash: string;
  /** hex hashes of `frontierOf(size)` */
  frontier: string[];
  chains: Record<string, { count: number; head: string }>;
}

export const emptyWitnessState = (): Omit<WitnessState, 'checkpoint'> => ({
  format: 'dr-audit-witness/1',
  size: 0,
  rootHash: '',
  frontier: [],
  chains: {},
});

export type WitnessProblem = { ok: false; problem: string };

/**
 * Moves a witness from its kept state to a new verified checkpoint: the consistency proof
 * must join the two roots, and the new leaves, appended to the kept right edge, must give
 * the new root; each chain's leaves must continue its seq by one.
 */
export const advanceWitness = (
  kept: Omit<WitnessState, 'checkpoint'> & { checkpoint?: string },
  next: Checkpoint,
  consistency: readonly string[],
  leaves: readonly { chain: string; seq: number; hash: string }[],
): { ok: true; state: WitnessState } | WitnessProblem => {
  if (next.size < kept.size)
    return {
      ok: false,
      problem: `the log shrank: the kept checkpoint has ${kept.size} entries, the new one ${next.size}`,
    };
  if (
    kept.size > 0 &&
    !verifyConsistency(
      kept.size,
      next.size,
      fromHex(kept.rootHash),
      fromHex(next.rootHash),
      consistency.map(fromHex),
    )
  )
    return {
      ok: false,
      problem: `the checkpoint of ${next.size} entries does not extend the kept one of ${kept.size}: something the kept checkpoint covers was changed or removed`,
    };
  if (leaves.length !== next.size - kept.size)
    return {
      ok: false,
      problem: `expected ${next.size - kept.size} new leaves, got ${leaves.length}`,
    };
  let frontier: Frontier = { size: kept.size, hashes: kept.frontier.map(fromHex) };
  const chains = { ...kept.chains };
  for (const leaf of leaves) {
    const before = chains[leaf.chain]?.count ?? 0;
    if (leaf.seq !== before + 1)
      return {
        ok: false,
        problem: `leaf ${frontier.size} is ${leaf.chain} #${leaf.seq}, but that chain's next entry is #${before + 1}`,
      };
    chains[leaf.chain] = { count: leaf.seq, head: leaf.hash };
    frontier = appendToFrontier(frontier, entryLeafHash(leaf.chain, leaf.seq, leaf.hash)).frontier;
  }
  if (toHex(frontierRoot(frontier)) !== next.rootHash)
    return { ok: false, problem: 'the new leaves do not give the checkpoint’s root' };
  return {
    ok: true,
    state: {
      format: 'dr-audit-witness/1',
      checkpoint: next.text,
      size: next.size,
      rootHash: next.rootHash,
      frontier: frontier.hashes.map(toHex),
      chains,
    },
  };
};

export interface ChainAgainstLog {
  ok: boolean;
  /** entries of the chain the checkpoint covers */
  covered: number;
  problems: string[];
}

/**
 * Holds a task's chain (seq and hash of each entry, as the server shows it) to a kept
 * checkpoint: the inclusion proof must give the checkpoint's root, the logged leaves must be
 * seq 1…k, each stored entry must carry the logged hash, and the chain must be at least k
 * long; with a witness's count, k must be exactly the number the log holds for the chain.
 */
export const checkChainAgainstLog = (input: {
  chain: string;
  checkpoint: Pick<Checkpoint, 'size' | 'rootHash'>;
  inclusion: {
    treeSize: number;
    leaves: readonly { index: number; seq: number; hash: string }[];
    proof: readonly string[];
  };
  entries: readonly { seq: number; hash: string }[];
  /** the witness's count of the chain's entries in the kept checkpoint, when it has one */
  loggedCount?: number;
  loggedHead?: string;
}): ChainAgainstLog => {
  const { chain, checkpoint, inclusion, entries } = input;
  const problems: string[] = [];
  if (inclusion.treeSize !== checkpoint.size)
    problems.push(
      `the proof is for ${inclusion.treeSize} entries, the checkpoint has ${checkpoint.size}`,
    );
  const leaves = inclusion.leaves;
  leaves.forEach((l, i) => {
    if (l.seq !== i + 1)
      problems.push(`the log's entries of ${chain} skip from #${i} to #${l.seq}`);
  });
  if (
    leaves.length > 0 &&
    !verifyBatch(
      checkpoint.size,
      leaves.map((l) => ({ index: l.index, hash: entryLeafHash(chain, l.seq, l.hash) })),
      inclusion.proof.map(fromHex),
      fromHex(checkpoint.rootHash),
    )
  )
    problems.push('the inclusion proof does not give the checkpoint’s root');
  const k = input.loggedCount ?? leaves.length;
  if (input.loggedCount !== undefined && input.loggedCount !== leaves.length)
    problems.push(
      `the log holds ${input.loggedCount} entries of ${chain}, the server proves ${leaves.length}`,
    );
  if (
    input.loggedHead !== undefined &&
    input.loggedCount !== undefined &&
    input.loggedCount > 0 &&
    entries[input.loggedCount - 1] &&
    entries[input.loggedCount - 1]!.hash !== input.loggedHead
  )
    problems.push(`entry #${input.loggedCount} is not the one the log holds`);
  if (entries.length < k)
    problems.push(
      `the chain has ${entries.length} entries but the checkpoint holds ${k}: entries #${entries.length + 1}…#${k} were removed`,
    );
  for (const l of leaves) {
    const e = entries[l.seq - 1];
    if (e && e.hash !== l.hash) {
      problems.push(`entry #${l.seq} is not the one the log holds (rewritten)`);
      break;
    }
  }
  return { ok: problems.length === 0, covered: k, problems };
};
