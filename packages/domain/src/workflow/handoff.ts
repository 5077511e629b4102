import { z } from 'zod';
import { type Actor, isDepartment } from '../actor';
import { CodeSchema, DepartmentCodeSchema, IsoDateSchema, IsoDateTimeSchema } from '../codes';
import { APPROVING_DEPARTMENT } from '../departments';
import { ConflictError, ForbiddenError, ValidationError } from '../errors';
import { textSchema } from '../text';
import { parseOrThrow } from '../validation';
import { requiredHandoffs } from './result';
import type { InspectionResult } from './result.schema';

/** Body to hand a problem on (移交 / 移送司法机关). */
export const HandoffInputSchema = z
  .object({
    taskId: CodeSchema,
    targetId: CodeSchema,
    item: CodeSchema,
    kind: z.enum(['department-in-charge', 'judicial']).meta({
      description: 'department-in-charge 移交主管部门; judicial 移送司法机关',
    }),
    receiverDepartment: DepartmentCodeSchema.optional().meta({
      description: 'the receiving department, for department-in-charge',
    }),
    receiverName: textSchema(200).meta({ description: '接收机关名称' }),
    reason: textSchema(2000),
    date: IsoDateSchema,
  })
  .refine((h) => (h.kind === 'department-in-charge') === (h.receiverDepartment !== undefined), {
    message: 'receiverDepartment is required for department-in-charge and only for it',
    path: ['receiverDepartment'],
  });
export type HandoffInput = z.input<typeof HandoffInputSchema>;

export const AcknowledgeInputSchema = z.object({
  taskId: CodeSchema,
  handoffId: CodeSchema,
  acknowledgedBy: textSchema(200).meta({ description: 'who signed for it' }),
  at: IsoDateTimeSchema,
});
export type AcknowledgeInput = z.input<typeof AcknowledgeInputSchema>;

export const HandoffSchema = z.object({
  id: CodeSchema.meta({ description: '<targetId>.<item>.<kind>' }),
  taskId: CodeSchema,
  targetId: CodeSchema,
  item: CodeSchema,
  kind: z.enum(['department-in-charge', 'judicial']),
  from: DepartmentCodeSchema,
  receiverDepartment: DepartmentCodeSchema.optional(),
  receiverName: z.string(),
  reason: z.string(),
  date: IsoDateSchema,
  by: z.string(),
  at: IsoDateTimeSchema,
  acknowledgement: z
    .object({ by: z.string(), at: IsoDateTimeSchema, recordedBy: z.string() })
    .optional(),
});
export type Handoff = z.infer<typeof HandoffSchema>;

export const handoffId = (targetId: string, item: string, kind: string): string =>
  `${targetId}.${item}.${kind}`;

/**
 * A handoff of a recorded result, by the department that recorded it, on or after the
 * inspection day. Its id is deterministic so a retried handoff is the same record.
 */
export const newHandoff = (
  result: InspectionResult,
  input: HandoffInput,
  ctx: { actor: Actor; now: string },
): Handoff => {
  const v = parseOrThrow(HandoffInputSchema, input, 'HANDOFF');
  if (!isDepartment(ctx.actor, result.department))
    throw new ForbiddenError(
      'HANDOFF.NOT_INSPECTING_DEPARTMENT',
      `${ctx.actor.sub} may not hand off a result of ${result.department}`,
      {
        field: 'department',
        rule: '谁检查、谁移交 (台政发〔2019〕12号 二(六))',
        value: result.department,
      },
    );
  if (v.date < result.inspectionDate)
    throw new ValidationError(
      'HANDOFF.BEFORE_INSPECTION',
      `handoff date ${v.date} is before the inspection of ${result.inspectionDate}`,
      {
        field: 'date',
        rule: 'a handoff follows the finding',
        value: v.date,
      },
    );
  if (v.kind === 'department-in-charge' && v.receiverDepartment === result.department)
    throw new ValidationError(
      'HANDOFF.TO_SELF',
      `${result.department} cannot hand a problem to itself`,
      {
        field: 'receiverDepartment',
        rule: 'handoff to another department',
        value: v.receiverDepartment,
      },
    );
  if (
    result.promiseBroken &&
    v.kind === 'department-in-charge' &&
    v.receiverDepartment !== APPROVING_DEPARTMENT.code
  )
    throw new ValidationError(
      'HANDOFF.PROMISE_TO_APPROVER',
      `a broken promise (承诺不兑现) goes to the approving department ${APPROVING_DEPARTMENT.code}, not ${v.receiverDepartment}`,
      {
        field: 'receiverDepartment',
        rule: '告知承诺: 承诺不兑现 handed to the approving department (台政发〔2019〕10号 六(一))',
        value: v.receiverDepartment,
      },
    );
  return {
    id: handoffId(result.targetId, result.item, v.kind),
    taskId: result.taskId,
    targetId: result.targetId,
    item: result.item,
    kind: v.kind,
    from: result.department,
    ...(v.receiverDepartment ? { receiverDepartment: v.receiverDepartment } : {}),
    receiverName: v.receiverName,
    reason: v.reason,
    date: v.date,
    by: ctx.actor.sub,
    at: ctx.now,
  };
};

/**
 * Acknowledgement of receipt: for a department, by that department; for the judicial
 * authorities (outside the system), the handing department records their receipt.
 */
export const acknowledgeHandoff = (h: Handoff, input: AcknowledgeInput, actor: Actor): Handoff => {
  const v = parseOrThrow(AcknowledgeInputSchema, input, 'HANDOFF');
  const allowed = h.kind === 'judicial' ? h.from : (h.receiverDepartment ?? h.from);
  if (!isDepartment(actor, allowed))
    throw new ForbiddenError(
      'HANDOFF.NOT_RECEIVER',
      `${actor.sub} may not acknowledge handoff ${h.id}: only dept:${allowed} may`,
      { field: 'handoffId', rule: 'the receiver acknowledges', value: h.id },
    );
  if (h.acknowledgement)
    throw new ConflictError(
      'HANDOFF.ALREADY_ACKNOWLEDGED',
      `handoff ${h.id} was acknowledged by ${h.acknowledgement.by} at ${h.acknowledgement.at}`,
      {
        field: 'handoffId',
        rule: 'acknowledged once',
        value: h.id,
      },
    );
  if (Date.parse(v.at) < Date.parse(h.at))
    throw new ValidationError(
      'HANDOFF.ACK_BEFORE_HANDOFF',
      `acknowledged at ${v.at}, before the handoff at ${h.at}`,
      {
        field: 'at',
        rule: 'receipt follows sending',
        value: v.at,
      },
    );
  return { ...h, acknowledgement: { by: v.acknowledgedBy, at: v.at, recordedBy: actor.sub } };
};

/** Handoffs a result still needs: required kinds minus those already made. */
export const missingHandoffs = (result: InspectionResult, made: readonly Handoff[]) =>
  requiredHandoffs(result).filter(
    (kind) =>
      !made.some(
        (h) => h.targetId === result.targetId && h.item === result.item && h.kind === kind,
      ),
  );
