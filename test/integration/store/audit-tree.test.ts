import { generateKeyPairSync, sign } from 'node:crypto';
import {
  type AuditEntry,
  type AuditLogDeps,
  appendEntry,
  type CheckpointSigner,
  chainInclusionView,
  checkChainAgainstLog,
  consistencyView,
  entryLeafHash,
  fromHex,
  rootOf,
  sequenceAuditLog,
  toHex,
  treeRoot,
  verifyCheckpoint,
  verifyConsistency,
} from '@double-random/domain';
import {
  batchWriteAll,
  createAuditLog,
  createAuditTree,
  keys,
  type TableRef,
} from '@double-random/store';
import { describe, expect, it } from 'vitest';
import { useEmbeddedStore } from '../support/embedded-store';

const store = useEmbeddedStore();

const input = (n: number) => ({
  at: `2027-03-01T00:00:${String(n % 60).padStart(2, '0')}.000Z`,
  actor: 'office:alice',
  action: 'task.advance',
  subject: 'chain',
  data: { n },
});

const appendMany = async (table: TableRef, chain: string, n: number): Promise<AuditEntry[]> => {
  const log = createAuditLog(table);
  const out: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    const entry = appendEntry(out.at(-1), input(i));
    await log.append(chain, entry);
    out.push(entry);
  }
  return out;
};

/** Every leaf of the tree, and checks that hold of any correct log. */
const checkLog = async (table: TableRef) => {
  const tree = createAuditTree(table);
  const size = await tree.size();
  const leaves = await tree.leaves(0, size);
  expect(leaves.map((l) => l.index)).toEqual([...Array(size).keys()]);
  const seen = new Set(leaves.map((l) => `${l.chain}#${l.seq}`));
  expect(seen.size).toBe(size); // no entry twice
  const byChain = new Map<string, number[]>();
  for (const l of leaves) byChain.set(l.chain, [...(byChain.get(l.chain) ?? []), l.seq]);
  for (const [chain, seqs] of byChain) {
    expect(seqs).toEqual(seqs.map((_, i) => i + 1)); // each chain in seq order, no gap
    expect((await tree.chainLeaves(chain)).map((l) => l.index)).toEqual(
      leaves.filter((l) => l.chain === chain).map((l) => l.index),
    );
  }
  const expected = rootOf(leaves.map((l) => entryLeafHash(l.chain, l.seq, l.hash)));
  expect(toHex(await treeRoot(tree, size))).toBe(toHex(expected));
  return { size, leaves };
};

const signerOf = (): CheckpointSigner & { spki: Uint8Array } => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  return {
    spki,
    publicKey: async () => spki,
    sign: async (m) => new Uint8Array(sign('sha256', m, privateKey)),
  };
};

/** A table whose client fails the n-th write and every write after it: a crash. */
const crashingAfter = (table: TableRef, n: number): TableRef => {
  let writes = 0;
  const send = ((command: { constructor: { name: string } }) => {
    if (/Put|Write/.test(command.constructor.name) && ++writes >= n)
      return Promise.reject(new Error(`crash at write ${writes}`));
    return table.client.send(command as never);
  }) as TableRef['client']['send'];
  return { tableName: table.tableName, client: { send } as TableRef['client'] };
};

describe('audit log sequencer', () => {
  it('integrates every chain once, in seq order; running it again adds nothing', async () => {
    await appendMany(store.table, 'A', 7);
    await appendMany(store.table, 'B', 3);
    await appendMany(store.table, 'calendar', 2);
    const tree = createAuditTree(store.table);
    expect(await tree.integrate()).toBe(12);
    await appendMany(store.table, 'C', 1);
    expect(await tree.integrate(['C'])).toBe(13);
    expect(await tree.integrate()).toBe(13);
    const { leaves } = await checkLog(store.table);
    expect(leaves.filter((l) => l.chain === 'A').map((l) => l.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('20 writers appending while 3 sequencers sweep: every entry exactly once', async () => {
    const before = await createAuditTree(store.table).size();
    let writing = true;
    const sequencers = Array.from({ length: 3 }, async () => {
      const tree = createAuditTree(store.table);
      while (writing) await tree.integrate();
    });
    await Promise.all(
      Array.from({ length: 20 }, async (_, w) => {
        const log = createAuditLog(store.table);
        let prev: AuditEntry | undefined;
        for (let i = 0; i < 5; i++) {
          prev = appendEntry(prev, input(i));
          await log.append(`W-${w}`, prev);
        }
      }),
    );
    writing = false;
    await Promise.all(sequencers);
    await createAuditTree(store.table).integrate();
    const { size } = await checkLog(store.table);
    expect(size).toBe(before + 100);
  });

  it('a sweep finds an entry whose own sequencing never ran', async () => {
    await appendMany(store.table, 'LATE', 2);
    const tree = createAuditTree(store.table);
    const size = await tree.size();
    expect(await tree.integrate()).toBe(size + 2);
    await checkLog(store.table);
  });

  it('a chain written before the log existed joins it when named, and the sweep after', async () => {
    const entries: AuditEntry[] = [];
    for (let i = 0; i < 3; i++) entries.push(appendEntry(entries.at(-1), input(i)));
    await batchWriteAll(
      store.table,
      entries.map((e) => ({ ...e, ...keys.chainAudit('OLD', e.seq) })),
    );
    const tree = createAuditTree(store.table);
    const size = await tree.integrate();
    expect((await tree.chainLeaves('OLD')).length).toBe(0);
    expect(await tree.integrate(['OLD'])).toBe(size + 3);
    const next = appendEntry(entries.at(-1), input(3));
    await batchWriteAll(store.table, [{ ...next, ...keys.chainAudit('OLD', next.seq) }]);
    expect(await tree.integrate()).toBe(size + 4);
    await checkLog(store.table);
  });

  it('a sequencer that runs on starts from what it left: no second read of its head or registrations', async () => {
    await appendMany(store.table, 'KEPT', 2);
    const sent: string[] = [];
    const counting: TableRef = {
      tableName: store.table.tableName,
      client: {
        send: ((command: { constructor: { name: string }; input: unknown }) => {
          sent.push(command.constructor.name);
          return store.table.client.send(command as never);
        }) as TableRef['client']['send'],
      } as TableRef['client'],
    };
    const tree = createAuditTree(counting);
    await tree.integrate(['KEPT']);
    const log = createAuditLog(store.table);
    const head = (await log.head('KEPT'))!;
    await log.append('KEPT', appendEntry(head, input(2)), head);
    sent.length = 0;
    await tree.integrate(['KEPT']);
    // the chain's new entries, the batch, its leaf, the chain's run, DONE: nothing read again
    expect(sent).toEqual(['QueryCommand', 'PutCommand', 'PutCommand', 'PutCommand', 'PutCommand']);
    await checkLog(store.table);
  });

  it('a sequencer whose head another has moved past loses its claim and reads again', async () => {
    const one = createAuditTree(store.table);
    const other = createAuditTree(store.table);
    await appendMany(store.table, 'TURN-A', 2);
    await one.integrate(['TURN-A']);
    const log = createAuditLog(store.table);
    for (const tree of [other, one, other, one]) {
      const head = await log.head('TURN-A');
      await log.append('TURN-A', appendEntry(head, input(head!.seq)), head);
      await appendMany(store.table, `TURN-${tree === one ? 'ONE' : 'OTHER'}-${head!.seq}`, 1);
      await tree.integrate(['TURN-A', `TURN-${tree === one ? 'ONE' : 'OTHER'}-${head!.seq}`]);
    }
    const { leaves } = await checkLog(store.table);
    expect(leaves.filter((l) => l.chain === 'TURN-A').map((l) => l.seq)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });

  it('a crash after any write resumes to the same log', async () => {
    // crash at write 1, 2, … of one run, until a run gets through all its writes
    let n = 1;
    for (; ; n++) {
      const chain = `CRASH-${n}`;
      await appendMany(store.table, chain, 3);
      const size = await createAuditTree(store.table).size();
      const crashed = await createAuditTree(crashingAfter(store.table, n))
        .integrate([chain])
        .then(
          () => false,
          (e: Error) => /crash/.test(e.message),
        );
      if (!crashed) break;
      expect(await createAuditTree(store.table).integrate()).toBe(size + 3);
      await checkLog(store.table);
    }
    // the chain's registration, batch, 3 leaves, the chain's run and DONE: each was a crash point
    expect(n).toBe(8);
    await checkLog(store.table);
  });

  it('signs checkpoints that extend each other and prove a chain of 10,000 entries', async () => {
    const signer = signerOf();
    const tree = createAuditTree(store.table);
    const deps: AuditLogDeps = {
      auditTree: tree,
      checkpointKey: signer,
      clock: { now: () => '2027-03-02T00:00:00.000Z' },
      logOrigin: 'test/audit-log',
    };
    const first = await sequenceAuditLog(deps);
    // 10,000 entries of one chain, stored as the audit log stores them, then sequenced
    const chain = 'BIG';
    const entries: AuditEntry[] = [];
    for (let i = 0; i < 10_000; i++) entries.push(appendEntry(entries.at(-1), input(i)));
    await createAuditLog(store.table).append(chain, entries[0]!);
    await batchWriteAll(
      store.table,
      entries.slice(1).map((e) => ({ ...e, ...keys.chainAudit(chain, e.seq) })),
    );
    const second = await sequenceAuditLog(deps);
    expect(second.size).toBe(first.size + 10_000);
    await verifyCheckpoint(second.text, signer.spki, 'test/audit-log');

    const consistency = await consistencyView(deps, first.size, second.size);
    expect(
      verifyConsistency(
        first.size,
        second.size,
        fromHex(first.rootHash),
        fromHex(second.rootHash),
        consistency.proof.map(fromHex),
      ),
    ).toBe(true);

    const inclusion = await chainInclusionView(deps, chain, second.size);
    expect(inclusion.leaves).toHaveLength(10_000);
    const check = checkChainAgainstLog({
      chain,
      checkpoint: second,
      inclusion,
      entries: entries.map(({ seq, hash }) => ({ seq, hash })),
    });
    expect(check).toEqual({ ok: true, covered: 10_000, problems: [] });
    const cut = checkChainAgainstLog({
      chain,
      checkpoint: second,
      inclusion,
      entries: entries.slice(0, -1),
    });
    expect(cut.ok).toBe(false);
  }, 120_000);
});
