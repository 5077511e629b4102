import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  advanceWitness,
  CheckpointError,
  emptyWitnessState,
  fromBase64,
  MAX_LEAVES_PAGE,
  verifyCheckpoint,
  type WitnessState,
} from '@double-random/domain';
import { z } from 'zod';
import { getJson } from './audit-verify';

/** A witness's file: what `advanceWitness` keeps, plus the server and its pinned key. */
export interface WitnessFile extends WitnessState {
  url: string;
  /** the checkpoint key, SPKI DER in base64, pinned on the first run */
  publicKey: string;
}

const WitnessFileSchema = z.object({
  format: z.literal('dr-audit-witness/1'),
  url: z.string(),
  publicKey: z.string().min(1),
  checkpoint: z.string().min(1),
  size: z.number().int().min(0),
  rootHash: z.string().regex(/^[0-9a-f]{64}$/),
  frontier: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
  chains: z.record(z.string(), z.object({ count: z.number().int(), head: z.string() })),
});

export class WitnessFileError extends Error {
  override readonly name = 'WitnessFileError';
}

/** `~/.double-random/witness/<host>.json`, or under $DR_WITNESS_DIR. */
export const defaultWitnessFile = (url: string): string => {
  const host = new URL(url).host.replace(/[^A-Za-z0-9.-]/g, '_');
  const dir = process.env.DR_WITNESS_DIR?.trim() || join(homedir(), '.double-random', 'witness');
  return join(dir, `${host}.json`);
};

export const readWitnessFile = async (file: string): Promise<WitnessFile | undefined> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WitnessFileError(`${file} is not JSON`);
  }
  const parsed = WitnessFileSchema.safeParse(json);
  if (!parsed.success)
    throw new WitnessFileError(
      `${file} is not a witness file: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data as WitnessFile;
};

const writeAtomically = async (file: string, content: string) => {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, content, { mode: 0o600 });
  await rename(temp, file);
};

export interface CheckpointAnswer {
  checkpoint: string;
  publicKey: string;
}

export type WitnessOutcome =
  | { ok: true; file: string; size: number; from: number; rootHash: string; chains: number }
  | { ok: false; file: string; problem: string };

/**
 * `dr audit witness`: fetches the latest checkpoint, checks its signature with the key pinned
 * in the file (the server's on the first run), proves it extends the kept one (RFC 9162
 * consistency) and replays the new leaves to its root, counting every chain; then keeps it.
 * Nothing is written unless all of that holds.
 */
export const witness = async (o: { url: string; file: string }): Promise<WitnessOutcome> => {
  const base = o.url.replace(/\/+$/, '');
  const kept = await readWitnessFile(o.file);
  if (kept && kept.url !== base)
    throw new WitnessFileError(`${o.file} keeps the log of ${kept.url}, not of ${base}`);
  const latest = await getJson<CheckpointAnswer>(`${base}/audit-log/checkpoint`);
  const publicKey = kept?.publicKey ?? latest.publicKey;
  if (latest.publicKey !== publicKey)
    return {
      ok: false,
      file: o.file,
      problem: 'the server signs with another key than the one this witness pinned',
    };
  const spki = fromBase64(publicKey);
  if (!spki) return { ok: false, file: o.file, problem: 'the public key is not base64' };
  let next: Awaited<ReturnType<typeof verifyCheckpoint>>;
  try {
    next = await verifyCheckpoint(latest.checkpoint, spki);
  } catch (error) {
    if (error instanceof CheckpointError)
      return { ok: false, file: o.file, problem: `the checkpoint: ${error.message}` };
    throw error;
  }
  const from = kept ?? emptyWitnessState();
  if (next.size < from.size)
    return {
      ok: false,
      file: o.file,
      problem: `the log shrank from ${from.size} to ${next.size} entries`,
    };
  const consistency =
    from.size > 0 && next.size > from.size
      ? (
          await getJson<{ proof: string[] }>(
            `${base}/audit-log/consistency?from=${from.size}&to=${next.size}`,
          )
        ).proof
      : [];
  const leaves: { chain: string; seq: number; hash: string }[] = [];
  for (let start = from.size; start < next.size; start += MAX_LEAVES_PAGE) {
    const end = Math.min(next.size, start + MAX_LEAVES_PAGE);
    const page = await getJson<{ leaves: typeof leaves }>(
      `${base}/audit-log/leaves?start=${start}&end=${end}`,
    );
    leaves.push(...page.leaves);
  }
  if (from.size === next.size && kept && kept.rootHash !== next.rootHash)
    return {
      ok: false,
      file: o.file,
      problem: `two checkpoints of ${next.size} entries with different roots: the log was rewritten`,
    };
  const advanced = advanceWitness(from, next, consistency, leaves);
  if (!advanced.ok) return { ok: false, file: o.file, problem: advanced.problem };
  const state: WitnessFile = { ...advanced.state, url: base, publicKey };
  await writeAtomically(o.file, `${JSON.stringify(state, null, 1)}\n`);
  return {
    ok: true,
    file: o.file,
    size: next.size,
    from: from.size,
    rootHash: next.rootHash,
    chains: Object.keys(state.chains).length,
  };
};
