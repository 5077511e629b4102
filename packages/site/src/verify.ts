import {
  type DrawResult,
  digests,
  firstDifference,
  type Inclusion,
  inclusion,
  parseBundle,
  parseResult,
  runDraw,
} from '@double-random/draw';
import type { Commitment } from './types';

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
