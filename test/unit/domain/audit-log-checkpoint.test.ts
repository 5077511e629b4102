import { generateKeyPairSync, sign } from 'node:crypto';
import {
  advanceWitness,
  batchProof,
  CheckpointError,
  type CheckpointSigner,
  checkChainAgainstLog,
  consistencyProof,
  derToRaw,
  emptyWitnessState,
  entryLeafHash,
  frontierOf,
  type Hash,
  leafText,
  type NodeId,
  parseCheckpoint,
  rootOf,
  signCheckpoint,
  toHex,
  verifyCheckpoint,
} from '@double-random/domain';
import { describe, expect, it } from 'vitest';

const keyPair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  const signer: CheckpointSigner = {
    publicKey: async () => spki,
    sign: async (m) => new Uint8Array(sign('sha256', m, privateKey)),
  };
  return { signer, spki };
};

const ORIGIN = 'example.gov.cn/audit-log';
const root = 'ab'.repeat(32);
const body = { origin: ORIGIN, size: 12, rootHash: root, time: '2027-03-01T02:00:00.000Z' };

describe('checkpoints', () => {
  it('are a signed note whose body names origin, size, base64 root and time', async () => {
    const { signer, spki } = keyPair();
    const c = await signCheckpoint(signer, body);
    const [head, sigs] = c.text.split('\n\n');
    expect(head).toBe(
      `${ORIGIN}\n12\n${Buffer.from(root, 'hex').toString('base64')}\ntime ${body.time}`,
    );
    expect(sigs).toMatch(new RegExp(`^— ${ORIGIN} [A-Za-z0-9+/]+=*\\n$`));
    const verified = await verifyCheckpoint(c.text, spki, ORIGIN);
    expect(verified).toMatchObject(body);
  });

  it('refuse a changed body, another key and another origin, naming the problem', async () => {
    const { signer, spki } = keyPair();
    const other = keyPair();
    const c = await signCheckpoint(signer, body);
    const grown = c.text.replace('\n12\n', '\n13\n');
    await expect(verifyCheckpoint(grown, spki)).rejects.toMatchObject({ problem: 'signature' });
    await expect(verifyCheckpoint(c.text, other.spki)).rejects.toMatchObject({
      problem: 'no-signature',
    });
    await expect(verifyCheckpoint(c.text, spki, 'elsewhere/log')).rejects.toMatchObject({
      problem: 'origin',
    });
    expect(() => parseCheckpoint('no blank line\n')).toThrow(CheckpointError);
  });

  it('turn a DER signature into the r ‖ s form WebCrypto verifies', () => {
    const der = Uint8Array.from([0x30, 0x08, 0x02, 0x02, 0x00, 0x81, 0x02, 0x02, 0x01, 0x02]);
    const raw = derToRaw(der);
    expect(raw?.length).toBe(64);
    expect(raw?.[31]).toBe(0x81);
    expect(raw?.[62]).toBe(0x01);
    expect(raw?.[63]).toBe(0x02);
    expect(derToRaw(der.slice(0, 9))).toBeUndefined();
  });
});

/* A small log of two chains, kept by a witness, then checked chain by chain. */
const entry = (chain: string, seq: number) => ({
  chain,
  seq,
  hash: toHex(new TextEncoder().encode(`${chain}:${seq}`.padEnd(32, '.'))).slice(0, 64),
});
const logOf = (n: number) =>
  Array.from({ length: n }, (_, i) => entry(i % 3 === 0 ? 'cal' : 'T-1', 0))
    .map((e, i, all) => ({
      ...e,
      seq: all.slice(0, i + 1).filter((x) => x.chain === e.chain).length,
    }))
    .map((e) => ({ ...e, hash: entry(e.chain, e.seq).hash }));

const treeOf = (log: ReturnType<typeof logOf>) => {
  const leaves = log.map((l) => entryLeafHash(l.chain, l.seq, l.hash));
  const node = (id: NodeId): Hash =>
    rootOf(leaves.slice(id.index * 2 ** id.level, (id.index + 1) * 2 ** id.level));
  return { leaves, node, root: toHex(rootOf(leaves)) };
};

describe('witness and chain checks', () => {
  it('a leaf names format, chain, seq and entry hash on lines of their own', () => {
    expect(leafText('2027-SCJG-001', 3, 'a'.repeat(64))).toBe(
      `dr-audit-leaf/1\n2027-SCJG-001\n3\n${'a'.repeat(64)}\n`,
    );
    expect(() => leafText('a\nb', 1, 'a'.repeat(64))).toThrow(RangeError);
  });

  it('a witness replays new leaves to the next root and counts every chain', () => {
    const log = logOf(20);
    const t8 = treeOf(log.slice(0, 8));
    const t20 = treeOf(log);
    const first = advanceWitness(
      emptyWitnessState(),
      { origin: ORIGIN, size: 8, rootHash: t8.root, time: body.time, text: 'c8' },
      [],
      log.slice(0, 8),
    );
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.state.frontier).toHaveLength(frontierOf(8).length);
    const proof = consistencyProof(8, 20, t20.node).map(toHex);
    const next = advanceWitness(
      first.state,
      { origin: ORIGIN, size: 20, rootHash: t20.root, time: body.time, text: 'c20' },
      proof,
      log.slice(8),
    );
    expect(next.ok && next.state.chains).toEqual({
      cal: { count: 7, head: entry('cal', 7).hash },
      'T-1': { count: 13, head: entry('T-1', 13).hash },
    });
    const forged = [...log.slice(8)];
    forged[3] = { ...forged[3]!, hash: 'f'.repeat(64) };
    const refused = advanceWitness(
      first.state,
      { origin: ORIGIN, size: 20, rootHash: t20.root, time: body.time, text: 'c20' },
      proof,
      forged,
    );
    expect(refused).toMatchObject({ ok: false, problem: expect.stringMatching(/root/) });
  });

  it('a chain cut at its end or rewritten from #2 no longer matches the log', () => {
    const log = logOf(20);
    const t = treeOf(log);
    const mine = log.map((l, index) => ({ ...l, index })).filter((l) => l.chain === 'T-1');
    const inclusion = {
      treeSize: 20,
      leaves: mine.map(({ index, seq, hash }) => ({ index, seq, hash })),
      proof: batchProof(
        mine.map((l) => l.index),
        20,
        t.node,
      ).map(toHex),
    };
    const checkpoint = { size: 20, rootHash: t.root };
    const entries = mine.map(({ seq, hash }) => ({ seq, hash }));
    const intact = checkChainAgainstLog({ chain: 'T-1', checkpoint, inclusion, entries });
    expect(intact).toEqual({ ok: true, covered: 13, problems: [] });

    const cut = checkChainAgainstLog({
      chain: 'T-1',
      checkpoint,
      inclusion,
      entries: entries.slice(0, -1),
    });
    expect(cut.ok).toBe(false);
    expect(cut.problems.join()).toMatch(/#13…#13 were removed/);

    const rewritten = entries.map((e) => (e.seq >= 2 ? { ...e, hash: 'e'.repeat(64) } : e));
    const r = checkChainAgainstLog({ chain: 'T-1', checkpoint, inclusion, entries: rewritten });
    expect(r.problems.join()).toMatch(/entry #2 is not the one the log holds/);

    // a server hiding the last logged entry from its proof is caught by the witness's count
    const hidden = { ...inclusion, leaves: inclusion.leaves.slice(0, -1) };
    const h = checkChainAgainstLog({
      chain: 'T-1',
      checkpoint,
      inclusion: hidden,
      entries: entries.slice(0, -1),
      loggedCount: 13,
    });
    expect(h.ok).toBe(false);
    expect(h.problems.join()).toMatch(/the log holds 13 entries of T-1, the server proves 12/);
  });
});
