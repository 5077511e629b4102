import {
  CheckpointError,
  checkChainAgainstLog,
  fromBase64,
  fromHex,
  verifyCheckpoint,
  verifyConsistency,
} from '@double-random/domain';
import { getJson } from './audit-verify';
import type { CheckpointAnswer } from './audit-witness';
import { readWitnessFile, WitnessFileError } from './audit-witness';
import { ImportRequestError } from './import-client';

export interface LogCheck {
  ok: boolean;
  /** the kept checkpoint's size, and how many of the chain's entries it covers */
  size: number;
  covered: number;
  /** entries the server shows for the chain */
  length: number;
  problems: string[];
}

/**
 * `dr audit verify TASK --checkpoint FILE`: holds the task's chain to a checkpoint a witness
 * kept (`dr audit witness --store FILE`). The server's latest checkpoint must extend the kept
 * one (consistency); every entry the kept checkpoint covers must be in it (one batch
 * inclusion proof); and the chain must still hold exactly those entries — as many as the
 * witness counted for it, with the same hashes. Deleting a covered entry or rewriting the
 * chain with recomputed hashes therefore fails here, whoever holds which token.
 */
export const verifyAgainstCheckpoint = async (o: {
  url: string;
  taskId: string;
  file: string;
}): Promise<LogCheck> => {
  const base = o.url.replace(/\/+$/, '');
  const kept = await readWitnessFile(o.file);
  if (!kept) throw new WitnessFileError(`no kept checkpoint at ${o.file}: run dr audit witness`);
  const spki = fromBase64(kept.publicKey);
  if (!spki) throw new WitnessFileError(`${o.file}: the public key is not base64`);
  let checkpoint: Awaited<ReturnType<typeof verifyCheckpoint>>;
  try {
    checkpoint = await verifyCheckpoint(kept.checkpoint, spki);
  } catch (error) {
    if (error instanceof CheckpointError)
      throw new WitnessFileError(
        `${o.file}: the kept checkpoint does not verify: ${error.message}`,
      );
    throw error;
  }
  const problems: string[] = [];
  const fail = (problem: string): LogCheck => ({
    ok: false,
    size: checkpoint.size,
    covered: 0,
    length: 0,
    problems: [...problems, problem],
  });

  // the log only grew: the server's latest checkpoint extends the kept one
  const latest = await getJson<CheckpointAnswer>(`${base}/audit-log/checkpoint`);
  if (latest.publicKey !== kept.publicKey)
    return fail('the server now signs with another key than the kept checkpoint’s');
  let now: Awaited<ReturnType<typeof verifyCheckpoint>>;
  try {
    now = await verifyCheckpoint(latest.checkpoint, spki, checkpoint.origin);
  } catch (error) {
    if (error instanceof CheckpointError) return fail(`the server's checkpoint: ${error.message}`);
    throw error;
  }
  if (now.size < checkpoint.size)
    return fail(`the log shrank from ${checkpoint.size} to ${now.size} entries`);
  if (now.size > checkpoint.size) {
    const { proof } = await getJson<{ proof: string[] }>(
      `${base}/audit-log/consistency?from=${checkpoint.size}&to=${now.size}`,
    );
    if (
      checkpoint.size > 0 &&
      !verifyConsistency(
        checkpoint.size,
        now.size,
        fromHex(checkpoint.rootHash),
        fromHex(now.rootHash),
        proof.map(fromHex),
      )
    )
      return fail(
        `the log of ${now.size} entries does not extend the kept one of ${checkpoint.size}: something it covered was changed`,
      );
  } else if (now.rootHash !== checkpoint.rootHash) {
    return fail(`two checkpoints of ${now.size} entries with different roots`);
  }

  // each covered entry is in the kept tree, and the chain still holds exactly them
  const task = encodeURIComponent(o.taskId);
  const inclusion = await getJson<{
    treeSize: number;
    leaves: { index: number; seq: number; hash: string }[];
    proof: string[];
  }>(`${base}/audit-log/chains/${task}/inclusion?size=${checkpoint.size}`);
  const logged = kept.chains[o.taskId];
  let entries: { seq: number; hash: string }[];
  try {
    entries = (
      await getJson<{ entries: { seq: number; hash: string }[] }>(
        `${base}/tasks/${task}/audit/verify`,
      )
    ).entries;
  } catch (error) {
    if (!(error instanceof ImportRequestError && error.status === 404 && logged)) throw error;
    return fail(
      `the log holds ${logged.count} entries of ${o.taskId}, the server shows no such task`,
    );
  }
  const check = checkChainAgainstLog({
    chain: o.taskId,
    checkpoint,
    inclusion,
    entries,
    loggedCount: logged?.count ?? 0,
    ...(logged ? { loggedHead: logged.head } : {}),
  });
  return {
    ok: check.ok,
    size: checkpoint.size,
    covered: check.covered,
    length: entries.length,
    problems: check.problems,
  };
};
