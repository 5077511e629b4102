import { z } from 'zod';
import { type Actor, isDepartment } from '../actor';
import { CodeSchema, IsoDateSchema, shanghaiDate } from '../codes';
import { ForbiddenError, ValidationError } from '../errors';
import { textSchema } from '../text';
import { parseOrThrow } from '../validation';
import { penaltyPublicationDeadline, type WorkingDayCalendar } from './calendar';
import {
  type FollowUp,
  type InspectionResult,
  type Penalty,
  PenaltySchema,
  type ResultWording,
  ResultWordingSchema,
} from './result.schema';

/**
 * Follow-up records (后续处理) that append to a result: a result is written once, but a
 * penalty is usually decided weeks after the inspection (立案 → 决定), and 发现问题待后续处理
 * must later become a final outcome. Nothing amends the result; each follow-up is appended,
 * audited (`result.follow-up`) and shown with the result wherever it is published.
 * Sources: 台政发〔2019〕12号 二(六) ("行政处罚信息应当自作出行政处罚之日起7个工作日内…公示");
 * 《市场监督管理行政处罚信息公示规定》(2021) 第二条.
 */
const recordsSomething = (f: { outcome?: unknown; penalty?: unknown; rectification?: unknown }) =>
  Boolean(f.outcome ?? f.penalty ?? f.rectification);
const SOMETHING = {
  message: 'a follow-up records an outcome, a penalty or a rectification',
  path: ['outcome'],
};

const followUpFields = {
  date: IsoDateSchema.meta({
    description: 'the day of what is recorded: on or after the inspection, not after today',
  }),
  outcome: ResultWordingSchema.optional().meta({
    description: 'the final outcome of a result 发现问题待后续处理, e.g. corrected',
  }),
  penalty: PenaltySchema.optional().meta({
    description: 'the penalty decision: its 7-working-day clock runs from its decision date',
  }),
  rectification: z
    .object({ completedOn: IsoDateSchema, note: textSchema(500) })
    .optional()
    .meta({ description: '整改: the day the problem was corrected, and how' }),
};

/** What a follow-up says; the result it follows is named apart (the route's path). */
export const FollowUpBodySchema = z.object(followUpFields).refine(recordsSomething, SOMETHING);

export const FollowUpInputSchema = z
  .object({ taskId: CodeSchema, targetId: CodeSchema, item: CodeSchema, ...followUpFields })
  .refine(recordsSomething, SOMETHING);
export type FollowUpInput = z.input<typeof FollowUpInputSchema>;

const refuse = (field: string, message: string, rule: string, value: unknown) =>
  new ValidationError('FOLLOWUP.INVALID', `${field}: ${message}`, { field, rule, value });

/** The outcome that stands: the last follow-up's, else the result's own wording. */
export const currentOutcome = (r: Pick<InspectionResult, 'wording' | 'followUps'>): ResultWording =>
  [...(r.followUps ?? [])].reverse().find((f) => f.outcome)?.outcome ?? r.wording;

/** The penalty decided on the result, at inspection or in a follow-up (one per result). */
export const currentPenalty = (
  r: Pick<InspectionResult, 'penalty' | 'followUps'>,
): Penalty | undefined => r.penalty ?? (r.followUps ?? []).find((f) => f.penalty)?.penalty;

/**
 * Checks one follow-up against its result and returns the result with it appended, the
 * penalty's publication clock started from its decision date. The result's own fields stay.
 */
export const appendFollowUp = (
  result: InspectionResult,
  input: FollowUpInput,
  calendar: WorkingDayCalendar,
  ctx: { actor: Actor; now: string },
): { result: InspectionResult; followUp: FollowUp } => {
  const v = parseOrThrow(FollowUpInputSchema, input, 'FOLLOWUP');
  // 谁检查、谁录入: the inspecting department follows its own results up
  if (!isDepartment(ctx.actor, result.department))
    throw new ForbiddenError(
      'FOLLOWUP.NOT_INSPECTING_DEPARTMENT',
      `${ctx.actor.sub} may not follow up ${result.item} on ${result.targetId}: only ${result.department}, which inspected it, may`,
      {
        field: 'item',
        rule: '谁检查、谁录入、谁公开 (台政发〔2019〕12号 二(六))',
        value: result.item,
      },
    );
  const today = shanghaiDate(ctx.now);
  if (v.date < result.inspectionDate || v.date > today)
    throw refuse(
      'date',
      `${v.date} is not between the inspection (${result.inspectionDate}) and today (${today})`,
      'a follow-up follows the inspection and is recorded once done',
      v.date,
    );
  if (v.outcome !== undefined) {
    if (currentOutcome(result) !== 'pending-follow-up')
      throw refuse(
        'outcome',
        `the result stands at ${currentOutcome(result)}; only 发现问题待后续处理 takes a final outcome`,
        '待后续处理 becomes a final outcome once',
        v.outcome,
      );
    if (v.outcome === 'pending-follow-up')
      throw refuse(
        'outcome',
        'a final outcome cannot be 发现问题待后续处理 again',
        '待后续处理 becomes a final outcome',
        v.outcome,
      );
  }
  if (v.penalty) {
    if (currentPenalty(result))
      throw refuse(
        'penalty',
        `a penalty is recorded on this result already (${currentPenalty(result)!.decisionNo})`,
        'one penalty decision per result',
        v.penalty.decisionNo,
      );
    if (v.penalty.decisionDate < result.inspectionDate || v.penalty.decisionDate > today)
      throw refuse(
        'penalty.decisionDate',
        `${v.penalty.decisionDate} is not between the inspection (${result.inspectionDate}) and today (${today})`,
        'a decision follows the inspection and is recorded once made',
        v.penalty.decisionDate,
      );
  }
  const done = v.rectification?.completedOn;
  if (done !== undefined && (done < result.inspectionDate || done > today))
    throw refuse(
      'rectification.completedOn',
      `${done} is not between the inspection (${result.inspectionDate}) and today (${today})`,
      'a rectification remedies what the inspection found and is recorded once done',
      done,
    );
  const { taskId: _t, targetId: _g, item: _i, ...fields } = v;
  const followUp: FollowUp = {
    seq: (result.followUps?.length ?? 0) + 1,
    ...fields,
    recordedBy: ctx.actor.sub,
    recordedAt: ctx.now,
  };
  const due = v.penalty && penaltyPublicationDeadline(v.penalty, calendar);
  // the penalty's own clock: from its decision date; on a published result it is published now
  const penaltyPublication = due
    ? {
        dueBy: due.date,
        provisional: due.provisional,
        ...(result.publication.publishedAt ? { publishedAt: ctx.now } : {}),
      }
    : undefined;
  return {
    result: {
      ...result,
      followUps: [...(result.followUps ?? []), followUp],
      ...(penaltyPublication ? { penaltyPublication } : {}),
    },
    followUp,
  };
};
