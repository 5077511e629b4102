import { EntropyError, verifyQuicknet } from '@double-random/draw';
import { z } from 'zod';
import { CodeSchema, DepartmentCodeSchema, IsoDateTimeSchema, shanghaiDate } from '../codes';
import { ConflictError, ValidationError } from '../errors';
import type { BundleDigests } from './freeze';
import { type EntropySource, EntropySourceSchema, type Task } from './task.schema';
import {
  checkReveal,
  parseWitnessSource,
  revealDeadline,
  revealedEntropy,
  revealTooLate,
  WitnessIdSchema,
  type WitnessRevealRecord,
  type WitnessSource,
} from './witness';

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
  /** a witnessed source: each witness's SHA-256, in the order the source names them */
  witnesses: z.array(z.object({ id: WitnessIdSchema, commitment: HexSchema })).optional(),
  at: IsoDateTimeSchema,
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export interface CommitmentDigests {
  target: BundleDigests;
  participants: { drawId: string; department: string; digests: BundleDigests }[];
}

export type ParsedEntropySource =
  | { kind: 'drand'; round: number }
  | WitnessSource
  | { kind: 'ceremony'; date: string };

/**
 * The declared source: `drand:quicknet:<round>`, `witness:<reveal day>:<W1>,<W2>[,…]`, or
 * the retired `ceremony:<date>` of tasks stored before witnesses (still readable, never
 * committed or entered again).
 */
export const parseEntropySource = (source: string): ParsedEntropySource => {
  const drand = /^drand:quicknet:([1-9][0-9]{0,15})$/.exec(source);
  if (drand) return { kind: 'drand' as const, round: Number(drand[1]) };
  if (source.startsWith('witness:')) return parseWitnessSource(source);
  const ceremony = /^ceremony:(\d{4}-\d{2}-\d{2})$/.exec(source);
  if (ceremony) return { kind: 'ceremony' as const, date: ceremony[1]! };
  throw new ValidationError(
    'COMMITMENT.SOURCE_INVALID',
    `entropy source ${source} is neither drand:quicknet:<round> nor witness:<YYYY-MM-DD>:<W1>,<W2>`,
    { field: 'entropySource', rule: 'declared entropy source', value: source },
  );
};
const parseSource = parseEntropySource;

/** A value one person types after the freeze is no entropy: `ceremony:` is refused from now on. */
export const ceremonyRetired = (field: string, value: string) =>
  new ValidationError(
    'ENTROPY.SOURCE_RETIRED',
    `${value}: a ceremony value typed by the office is no longer accepted (whoever types it can try values until the draw suits); use witness:<YYYY-MM-DD>:<W1>,<W2> or drand:quicknet:<round> (docs/entropy.md)`,
    { field, rule: 'entropy nobody can choose (spec §7.1)', value },
  );

/**
 * The commitment of a frozen task. The source must be the one the task declared and its
 * entropy must not exist yet at `at`: a drand round after the latest published one, or the
 * witnesses' reveals, due on the commitment day (Asia/Shanghai) or later; `witnesses` are the
 * named witnesses' SHA-256 commitments, carried in the order the source names them.
 */
export const commitment = (
  task: Task,
  digests: CommitmentDigests,
  entropySource: EntropySource,
  at: string,
  witnesses: readonly { witness: string; commitment: string }[] = [],
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
  } else if (source.kind === 'ceremony') throw ceremonyRetired('entropySource', entropySource);
  else if (source.revealBy < shanghaiDate(at))
    throw new ValidationError(
      'COMMITMENT.ENTROPY_NOT_FUTURE',
      `the reveal day ${source.revealBy} is before the commitment day ${shanghaiDate(at)}`,
      {
        field: 'entropySource',
        rule: 'entropy unknown at commitment (spec §7)',
        value: entropySource,
      },
    );
  const committed =
    source.kind === 'witness'
      ? source.witnesses.map((id) => {
          const w = witnesses.find((x) => x.witness === id);
          if (!w)
            throw new ConflictError(
              'COMMITMENT.WITNESS_MISSING',
              `witness ${id} has published no SHA-256 for task ${task.id}; the commitment carries every witness's`,
              { field: 'witnesses', rule: 'witnesses commit before the freeze', value: id },
            );
          return { id, commitment: w.commitment };
        })
      : undefined;
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
    ...(committed ? { witnesses: committed } : {}),
    at,
  });
};

/** Entropy accepted for a commitment: the value that goes into every bundle of the task. */
export interface AcceptedEntropy {
  taskId: string;
  entropy: string;
  receivedAt: string;
  /** a witnessed source: the reveals in committed order, published with the bundles */
  reveals?: { id: string; commitment: string; reveal: string }[];
}

const refuse = (code: string, message: string, value: unknown): never => {
  throw new ValidationError(code, message, {
    field: 'entropy',
    rule: 'entropy from the committed source, after the commitment (spec §7)',
    value,
  });
};

/**
 * Checks an entropy value against the commitment: `drand:quicknet:<round>:<signature>` of the
 * committed round, whose BLS signature verifies under the pinned quicknet key (spec §7.1);
 * within the draw alphabet of spec §1; received after the commitment and not before the
 * round's publication time. A witnessed source is never typed (`acceptWitnessEntropy`), and
 * a ceremony value is refused (retired).
 */
export const acceptEntropy = (
  c: Commitment,
  entropy: string,
  receivedAt: string,
): AcceptedEntropy => {
  if (!/^[\x20-\x7E]{1,256}$/.test(entropy))
    refuse('ENTROPY.FORMAT', 'entropy must be 1–256 ASCII characters 0x20–0x7E (spec §1)', entropy);
  const source = parseSource(c.entropySource);
  if (source.kind === 'ceremony') throw ceremonyRetired('entropy', entropy);
  if (source.kind === 'witness')
    refuse(
      'ENTROPY.WITNESS_ONLY',
      `task ${c.taskId} takes its entropy from its witnesses' reveals (${source.witnesses.join(', ')}); nobody types it`,
      entropy,
    );
  if (!entropy.startsWith(`${c.entropySource}:`))
    refuse(
      'ENTROPY.SOURCE_MISMATCH',
      `entropy ${entropy.slice(0, 40)} is not from the committed source ${c.entropySource}`,
      entropy,
    );
  const value = entropy.slice(c.entropySource.length + 1);
  if (source.kind === 'drand')
    try {
      verifyQuicknet(source.round, value, entropy);
    } catch (e) {
      if (!(e instanceof EntropyError)) throw e;
      throw new ValidationError(e.code, e.message, e.details);
    }
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
  return { taskId: c.taskId, entropy, receivedAt };
};

/**
 * The entropy of a witnessed commitment once every witness has revealed: each reveal
 * matches its committed SHA-256, none came before the commitment or after the reveal day;
 * undefined while a reveal is missing.
 */
export const acceptWitnessEntropy = (
  c: Commitment,
  reveals: readonly WitnessRevealRecord[],
  receivedAt: string,
): AcceptedEntropy | undefined => {
  const source = parseSource(c.entropySource);
  if (source.kind !== 'witness' || !c.witnesses)
    refuse(
      'ENTROPY.NOT_WITNESSED',
      `task ${c.taskId} is committed to ${c.entropySource}, not to witnesses`,
      c.entropySource,
    );
  const committed = c.witnesses!;
  for (const r of reveals) {
    const w = committed.find((x) => x.id === r.witness);
    if (!w) continue;
    checkReveal(r.witness, w.commitment, r.reveal);
    if (Date.parse(r.at) < Date.parse(c.at))
      throw new ConflictError(
        'ENTROPY.BEFORE_COMMITMENT',
        `witness ${r.witness} revealed at ${r.at}, before the commitment at ${c.at}`,
        { field: 'reveal', rule: 'reveals after the commitment (spec §7)', value: r.at },
      );
    if (Date.parse(r.at) > Date.parse(revealDeadline((source as WitnessSource).revealBy)))
      throw revealTooLate(r.witness, (source as WitnessSource).revealBy, r.at);
  }
  const entropy = revealedEntropy(committed, reveals);
  if (entropy === undefined) return undefined;
  return {
    taskId: c.taskId,
    entropy,
    receivedAt,
    reveals: committed.map((w) => ({
      id: w.id,
      commitment: w.commitment,
      reveal: reveals.find((r) => r.witness === w.id)!.reveal,
    })),
  };
};
