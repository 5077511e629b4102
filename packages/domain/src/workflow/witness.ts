import { REVEAL, WITNESS_ID, witnessCommitment, witnessEntropy } from '@double-random/draw';
import { z } from 'zod';
import { type Actor, isDepartment, isOffice } from '../actor';
import { CodeSchema, IsoDateTimeSchema } from '../codes';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';

/**
 * A witnessed commit–reveal (docs/entropy.md). The task's entropy source
 * `witness:<YYYY-MM-DD>:<W1>,<W2>[,…]` names at least two witnesses outside the office and
 * the last day (Asia/Shanghai) for their reveals. Each witness publishes SHA-256 of its own
 * secret before the task exists (so before the pool is frozen); the commitment carries those
 * hashes in the named order; after it, each witness reveals its secret; the entropy is
 * `witness:<sha256>` of the reveals in committed order (`witnessEntropy` of the draw package).
 */

export const WITNESS_SOURCE = /^witness:(\d{4}-\d{2}-\d{2}):([A-Z0-9]{2,16}(?:,[A-Z0-9]{2,16})+)$/;
export const MAX_WITNESSES = 9;

export const WitnessIdSchema = z
  .string()
  .regex(WITNESS_ID, 'witness id: 2–16 characters A–Z 0–9 (a department code or a witness id)')
  .meta({ description: 'a department code (SCJG) or a witness id (JJJC, NOTARY1)' });
const Hex64 = z.string().regex(REVEAL, '64 lowercase hex digits');

export const WitnessCommitmentInputSchema = z.object({
  commitment: Hex64.meta({
    description: 'SHA-256 (hex) of the witness secret as ASCII text: printf %s SECRET | sha256sum',
  }),
});
export const WitnessRevealInputSchema = z.object({
  reveal: Hex64.meta({ description: 'the witness secret: 64 lowercase hex (32 random bytes)' }),
});

/** A witness's published SHA-256, write-once per task and witness. */
export const WitnessCommitmentRecordSchema = z.object({
  taskId: CodeSchema,
  witness: WitnessIdSchema,
  commitment: Hex64,
  by: z.string(),
  at: IsoDateTimeSchema,
});
export type WitnessCommitmentRecord = z.infer<typeof WitnessCommitmentRecordSchema>;

/** A witness's reveal, write-once; it matches the committed SHA-256. */
export const WitnessRevealRecordSchema = z.object({
  taskId: CodeSchema,
  witness: WitnessIdSchema,
  reveal: Hex64,
  by: z.string(),
  at: IsoDateTimeSchema,
});
export type WitnessRevealRecord = z.infer<typeof WitnessRevealRecordSchema>;

export interface WitnessSource {
  kind: 'witness';
  /** the last day of reveals (Asia/Shanghai) */
  revealBy: string;
  witnesses: string[];
}

/** Parses `witness:<date>:<ids>`; refuses fewer than two, repeated or too many witnesses. */
export const parseWitnessSource = (source: string, field = 'entropySource'): WitnessSource => {
  const m = WITNESS_SOURCE.exec(source);
  if (!m)
    throw new ValidationError(
      'TASK.WITNESSES_INVALID',
      `entropy source ${source} is not witness:<YYYY-MM-DD>:<W1>,<W2>[,…] with at least two witnesses`,
      { field, rule: 'at least two witnesses outside the office', value: source },
    );
  const witnesses = m[2]!.split(',');
  if (new Set(witnesses).size !== witnesses.length || witnesses.length > MAX_WITNESSES)
    throw new ValidationError(
      'TASK.WITNESSES_INVALID',
      `entropy source ${source}: witnesses must be 2–${MAX_WITNESSES} distinct ids`,
      { field, rule: 'at least two distinct witnesses', value: witnesses },
    );
  return { kind: 'witness', revealBy: m[1]!, witnesses };
};

/** The instant reveals close: the end of the reveal day in Asia/Shanghai. */
export const revealDeadline = (revealBy: string): string =>
  new Date(`${revealBy}T23:59:59.999+08:00`).toISOString();

/**
 * Who may act as witness `id`: a holder of the group `witness:<id>` (纪检监察, a notary: issued
 * by the identity provider), or of `dept:<id>` when the witness is a department. The office
 * never witnesses: the point is that its own people cannot choose the entropy.
 */
export const assertWitness = (actor: Actor, id: string): void => {
  if (isOffice(actor))
    throw new ForbiddenError(
      'WITNESS.OFFICE_NOT_WITNESS',
      `${actor.sub} belongs to the joint-meeting office, which is never a witness of its own draws`,
      { field: 'witness', rule: 'witnesses are outside the office', value: id },
    );
  if (!(actor.roles as readonly string[]).includes(`witness:${id}`) && !isDepartment(actor, id))
    throw new ForbiddenError(
      'WITNESS.NOT_THIS_WITNESS',
      `${actor.sub} may not act as witness ${id}: only holders of witness:${id} (or dept:${id}) may`,
      { field: 'witness', rule: 'a witness acts only for itself', value: id },
    );
};

/** Checks a reveal against the SHA-256 its witness committed. */
export const checkReveal = (witness: string, committed: string, reveal: string): void => {
  const hash = witnessCommitment(reveal);
  if (hash !== committed)
    throw new ValidationError(
      'WITNESS.REVEAL_MISMATCH',
      `the reveal of witness ${witness} hashes to ${hash}, but ${witness} committed ${committed}`,
      { field: 'reveal', rule: 'a reveal matches its committed SHA-256', value: reveal },
    );
};

/** The entropy once every named witness has revealed; undefined while any is missing. */
export const revealedEntropy = (
  witnesses: readonly { id: string; commitment: string }[],
  reveals: readonly WitnessRevealRecord[],
): string | undefined => {
  const inOrder = witnesses.map((w) => reveals.find((r) => r.witness === w.id));
  if (inOrder.some((r) => r === undefined)) return undefined;
  return witnessEntropy(inOrder.map((r) => ({ id: r!.witness, reveal: r!.reveal })));
};

/** Witnesses named by a task that have not committed yet. */
export const missingCommitments = (
  witnesses: readonly string[],
  commitments: readonly WitnessCommitmentRecord[],
): string[] => witnesses.filter((w) => !commitments.some((c) => c.witness === w));

/** The refusal of a reveal after the reveal day: late reveals would hand out a choice. */
export const revealTooLate = (witness: string, revealBy: string, now: string) =>
  new ConflictError(
    'WITNESS.REVEAL_LATE',
    `witness ${witness} reveals at ${now}, after the reveal day ${revealBy} (Asia/Shanghai) closed`,
    { field: 'reveal', rule: 'reveals close at the end of the reveal day', value: now },
  );

/** What the public sees of a witnessed task: hashes at once, reveal values once all are in. */
export interface WitnessView {
  revealBy: string;
  /** the instant reveals close (end of the reveal day, Asia/Shanghai) */
  closesAt: string;
  /** collecting: reveals open; complete: every reveal in; withheld: the day closed without all */
  status: 'collecting' | 'complete' | 'withheld';
  witnesses: {
    id: string;
    commitment: string | null;
    committedAt: string | null;
    revealed: boolean;
    revealedAt?: string;
    /** published once every witness has revealed (sealed before, so none sees another's) */
    reveal?: string;
    withheld: boolean;
  }[];
}

export const witnessView = (
  source: WitnessSource,
  commitments: readonly WitnessCommitmentRecord[],
  reveals: readonly WitnessRevealRecord[],
  now: string,
): WitnessView => {
  const closesAt = revealDeadline(source.revealBy);
  const all = source.witnesses.every((w) => reveals.some((r) => r.witness === w));
  const closed = Date.parse(now) > Date.parse(closesAt);
  return {
    revealBy: source.revealBy,
    closesAt,
    status: all ? 'complete' : closed ? 'withheld' : 'collecting',
    witnesses: source.witnesses.map((id) => {
      const c = commitments.find((x) => x.witness === id);
      const r = reveals.find((x) => x.witness === id);
      return {
        id,
        commitment: c?.commitment ?? null,
        committedAt: c?.at ?? null,
        revealed: r !== undefined,
        ...(r ? { revealedAt: r.at } : {}),
        ...(r && all ? { reveal: r.reveal } : {}),
        withheld: !r && closed,
      };
    }),
  };
};
