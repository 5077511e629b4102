import { z } from 'zod';
import { CodeSchema, DepartmentCodeSchema, IsoDateTimeSchema, shanghaiDate } from '../codes';
import { ConflictError, ValidationError } from '../errors';
import type { BundleDigests } from './freeze';
import { type EntropySource, EntropySourceSchema, type Task } from './task.schema';

const HexSchema = z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits');

/**
 * drand quicknet: genesis 2023-08-23T15:09:27Z, one round every 3 s. Round r is
 * published at genesis + (r − 1) × 3 s, so whether a round lies in the future of an
 * instant is arithmetic, not a network question.
 */
export const QUICKNET_GENESIS_SECONDS = 1692803367;
export const QUICKNET_PERIOD_SECONDS = 3;

export const quicknetRoundTime = (round: number): string =>
  new Date((QUICKNET_GENESIS_SECONDS + (round - 1) * QUICKNET_PERIOD_SECONDS) * 1000).toISOString();

/** The latest round already published at `instant` (0 before genesis). */
export const quicknetRoundAt = (instant: string): number => {
  const s = Math.floor(Date.parse(instant) / 1000);
  return s < QUICKNET_GENESIS_SECONDS
    ? 0
    : Math.floor((s - QUICKNET_GENESIS_SECONDS) / QUICKNET_PERIOD_SECONDS) + 1;
};

/** The write-once commitment (spec §7 step 1): digests and the entropy source, before the entropy. */
export const CommitmentSchema = z.object({
  taskId: CodeSchema,
  drawId: CodeSchema,
  poolDigest: HexSchema,
  paramsDigest: HexSchema,
  rosterDigest: HexSchema,
  /**
   * Participating departments' draws: roster and params are fixed now; their pool is the
   * target draw's selected and reserve targets, so it follows from this commitment and the entropy.
   */
  participants: z.array(
    z.object({
      drawId: CodeSchema,
      department: DepartmentCodeSchema,
      paramsDigest: HexSchema,
      rosterDigest: HexSchema,
    }),
  ),
  entropySource: EntropySourceSchema,
  at: IsoDateTimeSchema,
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export interface CommitmentDigests {
  target: BundleDigests;
  participants: { drawId: string; department: string; digests: BundleDigests }[];
}

const parseSource = (source: string) => {
  const drand = /^drand:quicknet:([1-9][0-9]{0,15})$/.exec(source);
  if (drand) return { kind: 'drand' as const, round: Number(drand[1]) };
  const ceremony = /^ceremony:(\d{4}-\d{2}-\d{2})$/.exec(source);
  if (ceremony) return { kind: 'ceremony' as const, date: ceremony[1]! };
  throw new ValidationError(
    'COMMITMENT.SOURCE_INVALID',
    `entropy source ${source} is neither drand:quicknet:<round> nor ceremony:<YYYY-MM-DD>`,
    { field: 'entropySource', rule: 'declared entropy source', value: source },
  );
};

/**
 * The commitment of a frozen task. The source must be the one the task declared and its
 * entropy must not exist yet at `at`: a drand round after the latest published one, or a
 * ceremony on the commitment day (Asia/Shanghai) or later.
 */
export const commitment = (
  task: Task,
  digests: CommitmentDigests,
  entropySource: EntropySource,
  at: string,
): Commitment => {
  if (entropySource !== task.entropySource)
    throw new ValidationError(
      'COMMITMENT.SOURCE_MISMATCH',
      `entropy source ${entropySource} differs from ${task.entropySource} declared by task ${task.id}`,
      { field: 'entropySource', rule: 'the declared source is used', value: entropySource },
    );
  const source = parseSource(entropySource);
  if (source.kind === 'drand') {
    const published = quicknetRoundAt(at);
    if (source.round <= published)
      throw new ValidationError(
        'COMMITMENT.ENTROPY_NOT_FUTURE',
        `drand quicknet round ${source.round} is already published at ${at} (latest ${published}); commit to a future round`,
        {
          field: 'entropySource',
          rule: 'entropy unknown at commitment (spec §7)',
          value: entropySource,
        },
      );
  } else if (source.date < shanghaiDate(at))
    throw new ValidationError(
      'COMMITMENT.ENTROPY_NOT_FUTURE',
      `ceremony of ${source.date} is before the commitment day ${shanghaiDate(at)}`,
      {
        field: 'entropySource',
        rule: 'entropy unknown at commitment (spec §7)',
        value: entropySource,
      },
    );
  const targetDraw = task.draws.find((d) => d.role === 'targets');
  const expected = task.draws.filter((d) => d.role === 'participant').map((d) => d.drawId);
  const given = digests.participants.map((p) => p.drawId);
  if (expected.join(',') !== given.join(','))
    throw new ValidationError(
      'COMMITMENT.PARTICIPANTS_MISMATCH',
      `participant draws ${given.join(', ') || 'none'} differ from the task's ${expected.join(', ') || 'none'}`,
      { field: 'participants', rule: 'one draw per participating department', value: given },
    );
  return CommitmentSchema.parse({
    taskId: task.id,
    drawId: targetDraw?.drawId ?? task.id,
    ...digests.target,
    participants: digests.participants.map((p) => ({
      drawId: p.drawId,
      department: p.department,
      paramsDigest: p.digests.paramsDigest,
      rosterDigest: p.digests.rosterDigest,
    })),
    entropySource,
    at,
  });
};

/** Entropy accepted for a commitment: the value that goes into every bundle of the task. */
export interface AcceptedEntropy {
  taskId: string;
  entropy: string;
  receivedAt: string;
}

const refuse = (code: string, message: string, value: unknown): never => {
  throw new ValidationError(code, message, {
    field: 'entropy',
    rule: 'entropy from the committed source, after the commitment (spec §7)',
    value,
  });
};

/**
 * Checks an entropy value against the commitment: `drand:quicknet:<round>:<64 hex>` of the
 * committed round, or `ceremony:<date>:<1–200 digits>` of the committed date; within the
 * draw alphabet of spec §1; received after the commitment (and, for drand, not before the
 * round's publication time).
 */
export const acceptEntropy = (
  c: Commitment,
  entropy: string,
  receivedAt: string,
): AcceptedEntropy => {
  if (!/^[\x20-\x7E]{1,256}$/.test(entropy))
    refuse('ENTROPY.FORMAT', 'entropy must be 1–256 ASCII characters 0x20–0x7E (spec §1)', entropy);
  if (!entropy.startsWith(`${c.entropySource}:`))
    refuse(
      'ENTROPY.SOURCE_MISMATCH',
      `entropy ${entropy.slice(0, 40)} is not from the committed source ${c.entropySource}`,
      entropy,
    );
  const value = entropy.slice(c.entropySource.length + 1);
  const source = parseSource(c.entropySource);
  if (source.kind === 'drand' && !/^[0-9a-f]{64}$/.test(value))
    refuse(
      'ENTROPY.FORMAT',
      `drand randomness must be 64 lowercase hex digits, got ${value}`,
      entropy,
    );
  if (source.kind === 'ceremony' && !/^[0-9]{1,200}$/.test(value))
    refuse('ENTROPY.FORMAT', `ceremony value must be 1–200 decimal digits, got ${value}`, entropy);
  if (Date.parse(receivedAt) < Date.parse(c.at))
    throw new ConflictError(
      'ENTROPY.BEFORE_COMMITMENT',
      `entropy received at ${receivedAt}, before the commitment at ${c.at}`,
      { field: 'receivedAt', rule: 'entropy after commitment (spec §7)', value: receivedAt },
    );
  if (
    source.kind === 'drand' &&
    Date.parse(receivedAt) < Date.parse(quicknetRoundTime(source.round))
  )
    throw new ConflictError(
      'ENTROPY.BEFORE_ROUND',
      `entropy received at ${receivedAt}, before round ${source.round} exists (${quicknetRoundTime(source.round)})`,
      { field: 'receivedAt', rule: 'a beacon round exists only from its time', value: receivedAt },
    );
  if (source.kind === 'ceremony' && shanghaiDate(receivedAt) < source.date)
    throw new ConflictError(
      'ENTROPY.BEFORE_CEREMONY',
      `entropy received at ${receivedAt}, before the ceremony of ${source.date}`,
      { field: 'receivedAt', rule: 'a ceremony value exists only from its day', value: receivedAt },
    );
  return { taskId: c.taskId, entropy, receivedAt };
};
