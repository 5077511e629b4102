import {
  type AuditEntry,
  type AuditLogTree,
  appendToFrontier,
  entryLeafHash,
  type Frontier,
  fromHex,
  frontierOf,
  type Hash,
  isDomainError,
  type LogLeaf,
  type NodeId,
  nodeKey,
  rootOf,
  toHex,
} from '@double-random/domain';
import type { BlobStore } from '../../blob-store';
import { keys, partitions, prefixes } from '../../keys';
import {
  batchGetAll,
  forEachLimit,
  getItem,
  putOnce,
  queryAll,
  queryPage,
  type StoredItem,
  type TableRef,
} from '../../table-operations';

/**
 * The district-wide audit log (docs/audit-log.md) in the audit table, partition `AUDITLOG`:
 *
 * - `CHAIN#<chain>`: a chain to sweep, registered before its first entry is written;
 * - `BATCH#<start>`: leaves start… in order, write-once — the one authority on the order;
 * - `DONE#<start>`: the batch's items below are all written;
 * - `LEAF#<index>`: one leaf, `NODE#<level>#<index>`: a complete subtree of level 4 or more
 *   (smaller ones are re-hashed from at most 8 leaves), and `AUDITLOG#CHAIN#<chain>` ·
 *   `<firstSeq>`: the leaves holding a run of the chain's entries — all derived from the
 *   batches, written once with the same content by whoever writes them.
 *
 * There are no transactions, so the sequencer claims the next batch with one conditional
 * put and keeps one invariant: before it claims batch b + 1, batch b's derived items and its
 * DONE exist. A crash can leave only the last batch unfinished, and every run first finishes
 * it. A sequencer that loses a claim finishes the winner's batch, then reads again which
 * entries are still out. So several sequencers, in parallel or after a crash, add every entry
 * exactly once, each chain in seq order.
 *
 * What it wrote or read of the items that never change (registrations, leaves, complete
 * subtrees) a tree keeps in memory, and after its own batch it keeps the head it left and each
 * chain's last logged seq: its next run starts from them without reading them again. They are
 * exact as long as no other sequencer has claimed a batch since, and the claim proves it: a
 * claim on a start another has taken fails, and the run then reads everything again.
 */

const WRITE_ONCE = 'AUDIT_LOG.EXISTS';
/** Leaves per batch item: well under DynamoDB's 400 KB with 200-character chain names. */
export const AUDIT_LOG_BATCH = 500;
const WRITES_IN_FLIGHT = 16;
/** Complete subtrees of 16 leaves and more are stored; smaller ones are re-hashed from leaves. */
const STORED_FROM_LEVEL = 4;
/** Leaves and subtree hashes kept in memory (write-once items): a frontier is a few dozen. */
const KEPT_NODES = 4096;

const putIdempotent = (table: TableRef, item: StoredItem) =>
  putOnce(table, item, { idempotent: true, code: WRITE_ONCE });

/** Registers a chain for the sweep; a repeat is harmless. */
export const registerChain = async (table: TableRef, chain: string): Promise<void> => {
  await putIdempotent(table, { ...keys.auditLogChainName(chain), chain });
};

type Planned = Pick<LogLeaf, 'chain' | 'seq' | 'hash'>;

interface Batch {
  start: number;
  leaves: Planned[];
}

export const createAuditTree = (
  table: TableRef,
  options: { blobs?: BlobStore } = {},
): AuditLogTree => {
  const lastBatch = async (): Promise<Batch | undefined> => {
    const page = await queryPage(table, {
      partition: partitions.auditLog(),
      sort: { beginsWith: prefixes.auditLogBatches() },
      forward: false,
      consistent: true,
      limit: 1,
    });
    const item = page.items[0];
    return item ? { start: item.start as number, leaves: item.leaves as Planned[] } : undefined;
  };

  /** Chains known to be registered: a registration is never removed. */
  const registered = new Set<string>();
  const register = async (chain: string) => {
    if (registered.has(chain)) return;
    await registerChain(table, chain);
    registered.add(chain);
  };

  /** Hashes of leaves and complete subtrees read or written: write-once, so never stale. */
  const known = new Map<string, Hash>();
  const remember = (key: string, hash: Hash) => {
    if (known.size >= KEPT_NODES && !known.has(key))
      known.delete(known.keys().next().value as string);
    known.set(key, hash);
  };
  const leafKey = (index: number) => nodeKey({ level: 0, index });

  /** Levels 1–3 are not stored: at most 8 leaves give them back. */
  const nodes = async (ids: readonly NodeId[]): Promise<Map<string, Hash>> => {
    const leafIndices = new Set<number>();
    const stored: NodeId[] = [];
    for (const id of ids) {
      if (known.has(nodeKey(id))) continue;
      if (id.level >= STORED_FROM_LEVEL) stored.push(id);
      else
        for (let i = 0; i < 2 ** id.level; i++) {
          const index = id.index * 2 ** id.level + i;
          if (!known.has(leafKey(index))) leafIndices.add(index);
        }
    }
    const items =
      leafIndices.size + stored.length === 0
        ? []
        : await batchGetAll(
            table,
            [
              ...[...leafIndices].map((i) => keys.auditLogLeaf(i)),
              ...stored.map((id) => keys.auditLogNode(id.level, id.index)),
            ],
            { consistent: true },
          );
    for (const item of items) {
      const level = (item.level as number | undefined) ?? 0;
      remember(nodeKey({ level, index: item.index as number }), fromHex(item.node as string));
    }
    const found = new Map<string, Hash>();
    for (const id of ids) {
      const hit = known.get(nodeKey(id));
      if (hit) {
        found.set(nodeKey(id), hit);
        continue;
      }
      if (id.level === 0 || id.level >= STORED_FROM_LEVEL) continue;
      const width = 2 ** id.level;
      const leaves = Array.from({ length: width }, (_, i) =>
        known.get(leafKey(id.index * width + i)),
      );
      if (leaves.every((l): l is Hash => l !== undefined)) {
        const hash = rootOf(leaves);
        remember(nodeKey(id), hash);
        found.set(nodeKey(id), hash);
      }
    }
    return found;
  };

  const frontierAt = async (size: number): Promise<Frontier> => {
    const ids = frontierOf(size);
    const found = await nodes(ids);
    return {
      size,
      hashes: ids.map((id) => {
        const h = found.get(nodeKey(id));
        if (!h) throw new Error(`audit log: node ${nodeKey(id)} of size ${size} is missing`);
        return h;
      }),
    };
  };

  /** Writes what a batch derives (leaves, nodes, entry records), then its DONE. */
  const materialise = async (batch: Batch, before: Frontier): Promise<Frontier> => {
    const items: StoredItem[] = [];
    const hashes: [string, Hash][] = [];
    let frontier = before;
    batch.leaves.forEach((leaf, i) => {
      const index = batch.start + i;
      const hash = entryLeafHash(leaf.chain, leaf.seq, leaf.hash);
      const step = appendToFrontier(frontier, hash);
      frontier = step.frontier;
      items.push({ ...keys.auditLogLeaf(index), index, ...leaf, node: toHex(hash) });
      hashes.push([leafKey(index), hash]);
      for (const c of step.completed) {
        hashes.push([nodeKey(c.id), c.hash]);
        if (c.id.level >= STORED_FROM_LEVEL)
          items.push({
            ...keys.auditLogNode(c.id.level, c.id.index),
            ...c.id,
            node: toHex(c.hash),
          });
      }
    });
    // one record per chain: its entries firstSeq… are these leaves
    const runs = new Map<string, { firstSeq: number; indices: number[]; hashes: string[] }>();
    batch.leaves.forEach((leaf, i) => {
      const run = runs.get(leaf.chain) ?? { firstSeq: leaf.seq, indices: [], hashes: [] };
      run.indices.push(batch.start + i);
      run.hashes.push(leaf.hash);
      runs.set(leaf.chain, run);
    });
    for (const [chain, run] of runs)
      items.push({ ...keys.auditLogChainRun(chain, run.firstSeq), chain, ...run });
    await forEachLimit(items, WRITES_IN_FLIGHT, async (item) => {
      await putIdempotent(table, item);
    });
    await putIdempotent(table, { ...keys.auditLogBatchDone(batch.start), start: batch.start });
    for (const [key, hash] of hashes) remember(key, hash);
    for (const [chain, run] of runs) logged.set(chain, run.firstSeq + run.indices.length - 1);
    return frontier;
  };

  /** The tree as it stands, its last batch finished: the next index and the right edge. */
  const settledHead = async (): Promise<Frontier> => {
    const last = await lastBatch();
    if (!last) return { size: 0, hashes: [] };
    const end = last.start + last.leaves.length;
    const done = await getItem(table, keys.auditLogBatchDone(last.start), { consistent: true });
    if (done) return frontierAt(end);
    return materialise(last, await frontierAt(last.start));
  };

  /**
   * What this tree's own last batch left: the head, and each chain's last logged seq. Exact
   * until another sequencer claims a batch, which makes this one's next claim fail.
   */
  let left: Frontier | undefined;
  const logged = new Map<string, number>();
  const forget = () => {
    left = undefined;
    logged.clear();
  };

  const lastLoggedSeq = async (chain: string): Promise<number> => {
    const mine = logged.get(chain);
    if (mine !== undefined) return mine;
    const page = await queryPage(table, {
      partition: partitions.auditLogChain(chain),
      forward: false,
      consistent: true,
      limit: 1,
    });
    const run = page.items[0];
    const last = run ? (run.firstSeq as number) + (run.indices as number[]).length - 1 : 0;
    if (left) logged.set(chain, last);
    return last;
  };

  /** The chain's entries after its last logged one, up to the first gap. */
  const pendingOf = async (chain: string): Promise<Planned[]> => {
    const last = await lastLoggedSeq(chain);
    const items = await queryAll(table, {
      partition: partitions.auditChain(chain),
      // `~` sorts after every digit: the rest of the chain, nothing else of the partition
      sort: { between: [keys.chainAudit(chain, last + 1).sk, `${prefixes.audit()}~`] },
      consistent: true,
      attributes: ['seq', 'hash'],
    });
    const out: Planned[] = [];
    for (const i of items as unknown as Pick<AuditEntry, 'seq' | 'hash'>[]) {
      // a missing entry stops the chain there: the log never skips a seq
      if (i.seq !== last + out.length + 1) break;
      out.push({ chain, seq: i.seq, hash: i.hash });
    }
    return out;
  };

  const registeredChains = async (): Promise<string[]> =>
    (
      await queryAll(table, {
        partition: partitions.auditLog(),
        sort: { beginsWith: prefixes.auditLogChains() },
        consistent: true,
        attributes: ['chain'],
      })
    ).map((i) => i.chain as string);

  const pendingAll = async (chains: readonly string[]): Promise<Planned[]> => {
    const out: Planned[][] = [];
    await forEachLimit([...chains.keys()], 8, async (i) => {
      out[i] = await pendingOf(chains[i] as string);
    });
    return out.flat();
  };

  return {
    async integrate(chains) {
      // a chain named here is registered too: one written before the log existed joins the sweep
      if (chains) await forEachLimit(chains, 8, register);
      const names = chains ?? (await registeredChains());
      let head = left ?? (await settledHead());
      left = head;
      let pending: Planned[];
      try {
        pending = await pendingAll(names);
      } catch (e) {
        forget();
        throw e;
      }
      while (pending.length > 0) {
        const batch: Batch = { start: head.size, leaves: pending.slice(0, AUDIT_LOG_BATCH) };
        // nothing kept holds while the batch is written: a crash leaves it for the next run
        forget();
        try {
          await putOnce(
            table,
            { ...keys.auditLogBatch(batch.start), start: batch.start, leaves: batch.leaves },
            { code: WRITE_ONCE },
          );
        } catch (e) {
          if (!(isDomainError(e) && e.code === WRITE_ONCE)) throw e;
          // another sequencer claimed this start: its batch may hold some of these entries
          head = await settledHead();
          pending = await pendingAll([...new Set(pending.map((p) => p.chain))]);
          continue;
        }
        head = await materialise(batch, head);
        left = head;
        pending = pending.slice(batch.leaves.length);
      }
      return head.size;
    },

    async size() {
      const last = await lastBatch();
      return last ? last.start + last.leaves.length : 0;
    },

    nodes,

    async leaves(start, end): Promise<LogLeaf[]> {
      if (end <= start) return [];
      const items = await queryAll(table, {
        partition: partitions.auditLog(),
        sort: { between: [keys.auditLogLeaf(start).sk, keys.auditLogLeaf(end - 1).sk] },
        consistent: true,
      });
      return items.map((i) => ({
        index: i.index as number,
        chain: i.chain as string,
        seq: i.seq as number,
        hash: i.hash as string,
      }));
    },

    async chainLeaves(chain): Promise<LogLeaf[]> {
      const items = await queryAll(table, {
        partition: partitions.auditLogChain(chain),
        consistent: true,
      });
      return items.flatMap((run) =>
        (run.indices as number[]).map((index, i) => ({
          index,
          chain,
          seq: (run.firstSeq as number) + i,
          hash: (run.hashes as string[])[i] as string,
        })),
      );
    },

    async latestCheckpoint() {
      const page = await queryPage(table, {
        partition: partitions.auditLog(),
        sort: { beginsWith: prefixes.auditLogCheckpoints() },
        forward: false,
        consistent: true,
        limit: 1,
      });
      return page.items[0]?.text as string | undefined;
    },

    async keepCheckpoint(size, text) {
      // kept beside the table where the bucket refuses rewriting (S3 Object Lock in AWS)
      const blob = options.blobs ? await options.blobs.putBlob(text) : undefined;
      const key = keys.auditLogCheckpoint(size);
      try {
        await putOnce(
          table,
          { ...key, size, text, ...(blob ? { blob: blob.key } : {}) },
          { code: WRITE_ONCE },
        );
        return text;
      } catch (e) {
        if (!(isDomainError(e) && e.code === WRITE_ONCE)) throw e;
        const stored = await getItem(table, key, { consistent: true });
        return stored?.text as string;
      }
    },
  };
};
