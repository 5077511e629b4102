/**
 * Verifying a task of 10,000 entries against a checkpoint of the district-wide audit log
 * (docs/audit-log.md): a log of 100,000 entries in which the task's entries are every tenth
 * leaf, so its batch proof is as large as interleaving makes it. The verification — leaf
 * hashes, batch proof to the root, seqs, the chain's hashes — is compared with two
 * baselines measured in the same run: hashing the task's 10,000 leaves alone (the least any
 * verifier must do), and recomputing the whole tree's root (what a verifier without proofs
 * would do). The checkpoint's signature check (WebCrypto) is timed apart.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import {
  appendToFrontier,
  batchProof,
  checkChainAgainstLog,
  entryLeafHash,
  type Frontier,
  frontierRoot,
  type Hash,
  type NodeId,
  nodeKey,
  signCheckpoint,
  toHex,
  verifyCheckpoint,
} from '@double-random/domain';

const LOG = 100_000;
const TASK = 10_000;
const CHAIN = '2027-SCJG-001';

const hex = (i: number, salt: string) =>
  `${salt}${i.toString(16)}`
    .padStart(64, '0')
    .slice(-64)
    .replace(/[^0-9a-f]/g, 'a');

// the log: leaf i is entry of the task when i % 10 === 0, else of another chain
const leaves: { chain: string; seq: number; hash: string }[] = [];
const seqs = new Map<string, number>();
for (let i = 0; i < LOG; i++) {
  const chain = i % 10 === 0 ? CHAIN : `2027-OTHER-${i % 97}`;
  const seq = (seqs.get(chain) ?? 0) + 1;
  seqs.set(chain, seq);
  leaves.push({ chain, seq, hash: hex(i, 'e') });
}
const nodes = new Map<string, Hash>();
let frontier: Frontier = { size: 0, hashes: [] };
leaves.forEach((l, i) => {
  const h = entryLeafHash(l.chain, l.seq, l.hash);
  nodes.set(nodeKey({ level: 0, index: i }), h);
  const step = appendToFrontier(frontier, h);
  for (const c of step.completed) nodes.set(nodeKey(c.id), c.hash);
  frontier = step.frontier;
});
const root = toHex(frontierRoot(frontier));
const mine = leaves.map((l, index) => ({ ...l, index })).filter((l) => l.chain === CHAIN);
const lookup = (id: NodeId) => nodes.get(nodeKey(id)) as Hash;
const inclusion = {
  treeSize: LOG,
  leaves: mine.map(({ index, seq, hash }) => ({ index, seq, hash })),
  proof: batchProof(
    mine.map((l) => l.index),
    LOG,
    lookup,
  ).map(toHex),
};
const entries = mine.map(({ seq, hash }) => ({ seq, hash }));

/** CPU time per run, in ms: on a shared machine wall time mostly measures the neighbours. */
const time = (runs: number, f: () => unknown): number => {
  f();
  const c0 = process.cpuUsage();
  for (let r = 0; r < runs; r++) f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / runs;
};

const verify = time(5, () => {
  const c = checkChainAgainstLog({
    chain: CHAIN,
    checkpoint: { size: LOG, rootHash: root },
    inclusion,
    entries,
    loggedCount: TASK,
  });
  if (!c.ok) throw new Error(c.problems.join('; '));
});
const leavesOnly = time(5, () => {
  for (const l of mine) entryLeafHash(l.chain, l.seq, l.hash);
});
const wholeTree = time(2, () => {
  let f: Frontier = { size: 0, hashes: [] };
  for (const l of leaves) f = appendToFrontier(f, entryLeafHash(l.chain, l.seq, l.hash)).frontier;
  return frontierRoot(f);
});

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
const signer = {
  publicKey: async () => spki,
  sign: async (m: Uint8Array) => new Uint8Array(sign('sha256', m, privateKey)),
};
const cp = await signCheckpoint(signer, {
  origin: 'bench/audit-log',
  size: LOG,
  rootHash: root,
  time: '2027-03-01T00:00:00.000Z',
});
await verifyCheckpoint(cp.text, spki);
const t0 = performance.now();
for (let r = 0; r < 20; r++) await verifyCheckpoint(cp.text, spki);
const signature = (performance.now() - t0) / 20;

const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(
  `log of ${LOG} entries; task of ${TASK}, every tenth leaf; CPU time per run; load ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
);
console.log(`batch proof: ${inclusion.proof.length} hashes`);
console.log(`verify the task (proof + chain):   ${ms(verify)}`);
console.log(
  `baseline: hash its ${TASK} leaves:   ${ms(leavesOnly)}  (verify = ×${(verify / leavesOnly).toFixed(2)})`,
);
console.log(
  `baseline: recompute the whole root: ${ms(wholeTree)}  (verify = ×${(verify / wholeTree).toFixed(3)})`,
);
console.log(`checkpoint signature (WebCrypto):  ${ms(signature)}`);
