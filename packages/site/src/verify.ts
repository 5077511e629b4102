// the engine's modules one by one, not its index: the index also carries the BLS check,
// which the page loads only when it verifies a draw (entropy-check.ts)
import { parseBundle } from '../../draw/src/bundle';
import { digests } from '../../draw/src/canonical';
import { runDraw } from '../../draw/src/draw';
import { type DrawResult, parseResult } from '../../draw/src/result';
import { firstDifference, type Inclusion, inclusion } from '../../draw/src/verify';
import type { Commitment, PublicTask } from './types';

export type Check =
  | { ok: true; result: DrawResult; bundle: ReturnType<typeof parseBundle> }
  | { ok: false; difference: string };

/** The digests committed before the entropy existed, for the target draw or a participant draw. */
const committedDigests = (commitment: Commitment, drawId: string, taskId: string) => {
  if (drawId === taskId) return commitment;
  return commitment.participants.find((p) => p.drawId === drawId);
};

/**
 * Re-runs a published draw from its bundle and compares it with the published result
 * (spec §7), after checking the bundle against the commitment published before the draw.
 * Returns the re-run result, which inclusion questions are then answered from.
 */
export const checkDraw = (
  bundleJson: unknown,
  resultJson: unknown,
  commitment: Commitment | undefined,
  taskId: string,
): Check => {
  let bundle: ReturnType<typeof parseBundle>;
  try {
    bundle = parseBundle(bundleJson);
  } catch (e) {
    return { ok: false, difference: `抽取包不合规范：${(e as Error).message}` };
  }
  let claimed: DrawResult;
  try {
    claimed = parseResult(resultJson);
  } catch (e) {
    return { ok: false, difference: `公布的结果不合规范：${(e as Error).message}` };
  }
  if (commitment) {
    const committed = committedDigests(commitment, bundle.drawId, taskId);
    if (!committed) {
      return { ok: false, difference: `承诺中没有抽取 ${bundle.drawId}` };
    }
    const d = digests(bundle);
    for (const k of ['poolDigest', 'paramsDigest', 'rosterDigest'] as const) {
      const expected = committed[k];
      if (expected !== undefined && expected !== d[k]) {
        return {
          ok: false,
          difference: `${k}: 抽取前公示的承诺为 ${expected}，抽取包算得 ${d[k]}`,
        };
      }
    }
  }
  const rerun = runDraw(bundle);
  const difference = firstDifference(rerun, claimed);
  return difference === undefined ? { ok: true, result: rerun, bundle } : { ok: false, difference };
};

export const whereIs = (check: Extract<Check, { ok: true }>, id: string): Inclusion =>
  inclusion(check.bundle, check.result, id);

export type EntropyVerdict = { ok: true; summary: string } | { ok: false; difference: string };

/**
 * Checks the bundle's entropy by its source (spec §7.1), offline: a drand value is the
 * committed round's BLS signature under the pinned quicknet key; a witness entropy is the hash
 * of the reveals published with the bundle, each matching the SHA-256 its witness published
 * before the task was frozen (the task's witnesses). Other (older) sources are taken as given.
 */
export const checkEntropyOf = async (
  bundleJson: unknown,
  task: PublicTask | undefined,
): Promise<EntropyVerdict> => {
  const b = (bundleJson ?? {}) as { entropy?: unknown; witnesses?: unknown };
  const entropy = typeof b.entropy === 'string' ? b.entropy : '';
  const source = task?.commitment?.entropySource;
  if (source?.startsWith('drand:') && !entropy.startsWith(`${source}:`))
    return { ok: false, difference: `公共随机数 ${entropy.slice(0, 40)} 不是承诺的来源 ${source}` };
  if (source?.startsWith('witness:')) {
    const published = task?.witnesses?.witnesses ?? [];
    const carried = Array.isArray(b.witnesses)
      ? (b.witnesses as { id?: unknown; commitment?: unknown }[])
      : [];
    const same =
      published.length === carried.length &&
      published.every((w, i) => w.id === carried[i]?.id && w.commitment === carried[i]?.commitment);
    if (!same)
      return {
        ok: false,
        difference: '抽取包中见证人的承诺与抽取前公示的见证人承诺不符',
      };
  }
  const { checkEntropy, EntropyError } = await import('./entropy-check');
  try {
    const c = checkEntropy(entropy, b.witnesses);
    const summary =
      c.source === 'drand'
        ? 'drand 轮次签名已用固定的 quicknet 公钥验证'
        : c.source === 'witness'
          ? '各见证人公开的秘密与其事先公示的哈希一致，公共随机数由它们算得'
          : '此来源无法校验，按原样采用';
    return { ok: true, summary };
  } catch (e) {
    if (e instanceof EntropyError)
      return { ok: false, difference: `公共随机数未通过校验（${e.code}）：${e.message}` };
    throw e;
  }
};
