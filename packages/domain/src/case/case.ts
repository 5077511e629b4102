import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { type Actor, isDepartment } from '../actor';
import {
  CodeSchema,
  DepartmentCodeSchema,
  departmentName,
  IsoDateSchema,
  IsoDateTimeSchema,
  shanghaiDate,
} from '../codes';
import { ForbiddenError, ValidationError } from '../errors';
import { textSchema } from '../text';
import { parseOrThrow } from '../validation';
import type { PublicResult } from '../workflow/publication';
import { requiredHandoffs } from '../workflow/result';
import {
  EvidenceRefSchema,
  PenaltySchema,
  penaltyIsPublished,
  RESULT_WORDINGS,
  ResultMethodSchema,
  ResultWordingSchema,
} from '../workflow/result.schema';

/**
 * Case inspections (个案处理, 台政发〔2019〕12号 二(七)): leads from complaints, referrals and
 * data monitoring are inspected at once, outside the draw. A case is recorded by its
 * department, published beside the draws with the kind 个案, and never counts toward the
 * quota bands or the joint-draw share (those count drawn tasks only). 清单之外无检查: the
 * item must be an active item of the department's list.
 */
export const CASE_SOURCES = {
  complaint: '投诉举报',
  referral: '转办交办',
  'data-monitoring': '大数据监测',
} as const;
export type CaseSource = keyof typeof CASE_SOURCES;
export const CaseSourceSchema = z
  .enum(Object.keys(CASE_SOURCES) as [CaseSource, ...CaseSource[]])
  .meta({
    description: Object.entries(CASE_SOURCES)
      .map(([k, v]) => `${k} ${v}`)
      .join('; '),
  });

export const CaseHandoffSchema = z.object({
  to: textSchema(100).meta({
    description: 'who takes the problem on: the department in charge, or 司法机关',
  }),
  note: textSchema(500).meta({ description: 'what is handed over (后续监管衔接)' }),
});

const caseFields = {
  source: CaseSourceSchema,
  referenceNo: textSchema(100).meta({
    description: "the lead's reference number (投诉/交办编号); internal, never published",
  }),
  receivedOn: IsoDateSchema.meta({ description: 'the day the lead was received' }),
  targetId: CodeSchema.meta({ description: "a target of the department's directory (名录库)" }),
  item: CodeSchema.meta({
    description: "an active item of the department's list (清单之外无检查)",
  }),
  method: ResultMethodSchema,
  inspectionDate: IsoDateSchema.meta({ description: 'the day the inspection was completed' }),
  wording: ResultWordingSchema,
  team: z.array(CodeSchema).min(2).meta({
    description: 'inspector ids who inspected: ≥ 2 (《行政处罚法》第42条)',
  }),
  penalty: PenaltySchema.optional(),
  suspectedCrime: z.boolean().default(false),
  handoff: CaseHandoffSchema.optional().meta({
    description:
      'required when the wording leaves a problem to pursue (待后续处理, 不配合检查情节严重, 弄虚作假) or a crime is suspected',
  }),
  evidence: z.array(EvidenceRefSchema).max(50).default([]).meta({
    description: 'SHA-256 of uploaded records (docs/evidence.md); never published',
  }),
  note: textSchema(2000, 0).optional().meta({ description: 'internal remark; not published' }),
};

/** Body of POST /departments/{dept}/cases. */
export const RecordCaseBodySchema = z.object(caseFields);
export const RecordCaseInputSchema = z.object({ department: DepartmentCodeSchema, ...caseFields });
export type RecordCaseInput = z.input<typeof RecordCaseInputSchema>;

export const CaseSchema = z.object({
  id: z.string().meta({ description: '<dept>-<year received>-<12 hex of the reference number>' }),
  department: DepartmentCodeSchema,
  year: z.number().int(),
  ...caseFields,
  suspectedCrime: z.boolean(),
  evidence: z.array(EvidenceRefSchema),
  recordedBy: z.string(),
  recordedAt: IsoDateTimeSchema,
  publishedAt: IsoDateTimeSchema.optional(),
});
export type Case = z.infer<typeof CaseSchema>;

/** The case's id: the same lead (department and reference number) is the same case. */
export const caseId = (department: string, receivedOn: string, referenceNo: string): string =>
  `${department}-${receivedOn.slice(0, 4)}-${bytesToHex(sha256(utf8ToBytes(referenceNo.trim()))).slice(0, 12)}`;

/** The audit chain of one case: its record and its publication. */
export const caseChain = (id: string): string => `case:${id}`;

const refuse = (field: string, message: string, rule: string, value: unknown) =>
  new ValidationError('CASE.INVALID', `${field}: ${message}`, { field, rule, value });

/** 谁检查、谁录入: a department records its own cases. */
export const assertCanRecordCase = (actor: Actor, department: string): void => {
  if (!isDepartment(actor, department))
    throw new ForbiddenError(
      'CASE.NOT_DEPARTMENT',
      `${actor.sub} may not record a case of ${department}: only ${department} may`,
      {
        field: 'department',
        rule: '谁检查、谁录入 (台政发〔2019〕12号 二(六))',
        value: department,
      },
    );
};

/** 清单之外无检查: a case inspects an item of the department's list, or none. */
export const assertItemOnList = (
  department: string,
  item: string,
  listed: { status: string } | undefined,
): void => {
  if (listed?.status !== 'active')
    throw new ValidationError(
      'CASE.ITEM_NOT_ON_LIST',
      `item ${item} is not ${listed ? 'an active item' : 'an item'} of ${department}'s inspection-item list; an inspection outside the list is refused`,
      { field: 'item', rule: '清单之外无检查 (台政发〔2019〕12号)', value: item },
    );
};

/** Checks a case's facts and builds it. */
export const newCase = (input: RecordCaseInput, ctx: { actor: Actor; now: string }): Case => {
  const v = parseOrThrow(RecordCaseInputSchema, input, 'CASE');
  assertCanRecordCase(ctx.actor, v.department);
  const today = shanghaiDate(ctx.now);
  if (v.receivedOn > today)
    throw refuse(
      'receivedOn',
      `${v.receivedOn} is after today (${today})`,
      'a lead is received before it is recorded',
      v.receivedOn,
    );
  if (v.inspectionDate < v.receivedOn || v.inspectionDate > today)
    throw refuse(
      'inspectionDate',
      `${v.inspectionDate} is not between the lead's receipt (${v.receivedOn}) and today (${today})`,
      'a case is inspected after its lead arrives and recorded once done',
      v.inspectionDate,
    );
  if (new Set(v.team).size !== v.team.length)
    throw refuse('team', 'an inspector appears twice', 'two different inspectors at least', v.team);
  if (requiredHandoffs(v).length > 0 && !v.handoff)
    throw refuse(
      'handoff',
      `a result ${RESULT_WORDINGS[v.wording]}${v.suspectedCrime ? ' with a suspected crime' : ''} is handed on`,
      '后续监管衔接 (台政发〔2019〕12号 二(六))',
      undefined,
    );
  if (v.penalty && (v.penalty.decisionDate < v.inspectionDate || v.penalty.decisionDate > today))
    throw refuse(
      'penalty.decisionDate',
      `${v.penalty.decisionDate} is not between the inspection (${v.inspectionDate}) and today (${today})`,
      'a decision follows the inspection',
      v.penalty.decisionDate,
    );
  return {
    id: caseId(v.department, v.receivedOn, v.referenceNo),
    year: Number(v.receivedOn.slice(0, 4)),
    ...v,
    recordedBy: ctx.actor.sub,
    recordedAt: ctx.now,
  };
};

/**
 * What the public sees of a case, in the shape of a published result (beside the draws, kind
 * 个案): the source, the authority, the target's public identity, the item and the result.
 * Never: the reference number (it may name the complainant), notes, inspectors, evidence (only
 * how many files back it), a warning-only penalty, where it was handed.
 */
export const publicCaseResult = (
  c: Case,
  names: { itemName: string; target: { name: string; uscc?: string } },
): PublicResult => {
  const penalty = c.penalty && penaltyIsPublished(c.penalty) ? c.penalty : undefined;
  return {
    planId: '',
    planName: '',
    taskId: c.id,
    taskName: `个案 · ${CASE_SOURCES[c.source]}`,
    inspectionType: '个案',
    caseSource: CASE_SOURCES[c.source],
    joint: false,
    authority: departmentName(c.department),
    completedOn: c.inspectionDate,
    item: names.itemName,
    result: RESULT_WORDINGS[c.wording],
    targetId: c.targetId,
    targetName: names.target.name,
    ...(names.target.uscc ? { uscc: names.target.uscc } : {}),
    ...(penalty
      ? {
          penalty: {
            decisionNo: penalty.decisionNo,
            decisionDate: penalty.decisionDate,
            kind: penalty.kind,
          },
        }
      : {}),
    evidenceCount: c.evidence.length,
  };
};
