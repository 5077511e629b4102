import { z } from 'zod';
import { CodeSchema, DepartmentCodeSchema, IsoDateSchema, IsoDateTimeSchema } from '../codes';
import { textSchema } from '../text';
import { RESULT_WORDINGS, type ResultWording } from './result-wordings';
import { SubstitutionInputSchema, SubstitutionSchema } from './substitution';

export { RESULT_WORDINGS, type ResultWording };
export const ResultWordingSchema = z
  .enum(Object.keys(RESULT_WORDINGS) as [ResultWording, ...ResultWording[]])
  .meta({
    description: Object.entries(RESULT_WORDINGS)
      .map(([k, v]) => `${k} ${v}`)
      .join('; '),
  });

export const ResultMethodSchema = z
  .enum(['desk-review', 'on-site', 'online-monitoring', 'third-party'])
  .meta({ description: '书面检查 / 实地核查 / 网络监测 / 委托第三方' });
export type ResultMethod = z.infer<typeof ResultMethodSchema>;

export const EvidenceRefSchema = z.object({
  id: z.string().min(1).max(200).meta({ description: 'blob key of the record (全过程记录)' }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits'),
});
export type EvidenceRef = z.infer<typeof EvidenceRefSchema>;

export const PenaltySchema = z.object({
  decisionNo: textSchema(100).meta({ description: '处罚决定书文号' }),
  decisionDate: IsoDateSchema,
  kind: textSchema(200).meta({ description: '处罚种类, e.g. 警告; 罚款' }),
  warningOnly: z
    .boolean()
    .meta({ description: 'a warning and nothing else: not published (国办发〔2018〕118号)' }),
  procedure: z.enum(['ordinary', 'simplified']).optional().meta({
    description:
      '普通程序 (published) or 简易程序 (当场处罚, not published): 《市场监督管理行政处罚信息公示规定》(2021) 第二条; absent on penalties recorded before it was kept (read as ordinary)',
  }),
});
export type Penalty = z.infer<typeof PenaltySchema>;

/**
 * Whether a penalty decision is published (《市场监督管理行政处罚信息公示规定》(2021) 第二条:
 * 适用普通程序作出的行政处罚决定 are published; 仅受到警告的 are not; 国办发〔2018〕118号).
 * A department whose own rules differ records the procedure they publish as `ordinary`.
 */
export const penaltyIsPublished = (p: Pick<Penalty, 'warningOnly' | 'procedure'>): boolean =>
  !p.warningOnly && p.procedure !== 'simplified';

/**
 * 承诺不兑现: a project approved under 告知承诺 did not keep the promise it was approved on
 * (台政发〔2019〕10号 六(一)); the problem is handed to the approving department.
 */
const PromiseBrokenSchema = z.boolean().optional().meta({
  description:
    '承诺不兑现: a project approved under 告知承诺 broke its promise; handed to 区行政审批服务局 (XZSP)',
});

/** Body to record the result of one item on one target (检查结果录入). */
export const RecordResultInputSchema = z
  .object({
    taskId: CodeSchema,
    targetId: CodeSchema,
    item: CodeSchema,
    method: ResultMethodSchema,
    performer: textSchema(200)
      .optional()
      .meta({ description: 'the third party that performed the check; required for third-party' }),
    inspectionDate: IsoDateSchema.meta({ description: 'the day the inspection was completed' }),
    wording: ResultWordingSchema,
    evidence: z.array(EvidenceRefSchema).default([]),
    team: z.array(CodeSchema).min(2).meta({
      description:
        'inspector ids who inspected: ≥ 2 (《行政处罚法》第42条); the team drawn for the target, after any substitutions',
    }),
    checklist: z
      .array(
        z.object({
          point: z
            .number()
            .int()
            .min(1)
            .meta({ description: '1-based point of the item checklist' }),
          answer: z.enum(['compliant', 'non-compliant', 'not-applicable']),
          note: z.string().max(500).optional(),
        }),
      )
      .max(60)
      .default([])
      .meta({ description: "the item's 检查内容 answered point by point, in order" }),
    certificatesShown: z.array(z.string().trim().min(1).max(64)).max(20).optional().meta({
      description:
        '执法证号 the team showed (《行政处罚法》第55条): every certified member of the team, none other. Required of every result recorded through the API (RESULT.CERTIFICATES_REQUIRED)',
    }),
    accompanying: z.array(CodeSchema).max(10).default([]).meta({
      description:
        '日常监管人员 (category daily-supervision) of the inspecting department who went with the team: recorded, never counted toward its two certified officers (《行政处罚法》第42条)',
    }),
    substitutions: z.array(SubstitutionInputSchema).max(20).default([]).meta({
      description:
        'drawn members who could not go, with why: each substitute is drawn from the roster by dr-substitute/1 (docs/substitution.md)',
    }),
    penalty: PenaltySchema.optional(),
    suspectedCrime: z
      .boolean()
      .default(false)
      .meta({ description: 'suspected crime: handed to the judicial authorities' }),
    promiseBroken: PromiseBrokenSchema,
    note: textSchema(2000, 0).optional().meta({ description: 'internal remark; not published' }),
  })
  .refine((r) => (r.method === 'third-party') === (r.performer !== undefined), {
    message: 'performer is required for a third-party check and only for it',
    path: ['performer'],
  })
  .refine((r) => !r.promiseBroken || r.wording === 'pending-follow-up', {
    message:
      'a broken promise (承诺不兑现) is a problem left to follow up: wording pending-follow-up',
    path: ['promiseBroken'],
  });
export type RecordResultInput = z.input<typeof RecordResultInputSchema>;

/** A follow-up appended to a result (see follow-up.ts): outcome, penalty, rectification. */
export const FollowUpSchema = z.object({
  seq: z.number().int().min(1).meta({ description: '1, 2, … in the order recorded' }),
  date: IsoDateSchema,
  outcome: ResultWordingSchema.optional(),
  penalty: PenaltySchema.optional(),
  rectification: z.object({ completedOn: IsoDateSchema, note: z.string() }).optional(),
  recordedBy: z.string(),
  recordedAt: IsoDateTimeSchema,
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const DeadlineSchema = z.object({
  dueBy: IsoDateSchema,
  provisional: z.boolean().meta({ description: 'computed through a year without a schedule' }),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const InspectionResultSchema = z.object({
  taskId: CodeSchema,
  targetId: CodeSchema,
  item: CodeSchema,
  department: DepartmentCodeSchema.meta({ description: 'the inspecting department (谁检查)' }),
  method: ResultMethodSchema,
  performer: z.string().optional(),
  inspectionDate: IsoDateSchema,
  wording: ResultWordingSchema,
  evidence: z.array(EvidenceRefSchema),
  team: z.array(CodeSchema),
  checklist: z
    .array(
      z.object({
        point: z.number().int(),
        answer: z.enum(['compliant', 'non-compliant', 'not-applicable']),
        note: z.string().optional(),
      }),
    )
    .optional(),
  certificatesShown: z.array(z.string()).optional(),
  accompanying: z.array(CodeSchema).optional().meta({
    description: '日常监管人员 who went with the team; not of the drawn team',
  }),
  substitutions: z.array(SubstitutionSchema).optional().meta({
    description: 'who replaced whom and why; published with the result',
  }),
  penalty: PenaltySchema.optional(),
  suspectedCrime: z.boolean(),
  promiseBroken: PromiseBrokenSchema,
  note: z.string().optional(),
  recordedBy: z.string(),
  recordedAt: IsoDateTimeSchema,
  publication: DeadlineSchema.extend({ publishedAt: IsoDateTimeSchema.optional() }),
  penaltyPublication: DeadlineSchema.extend({
    publishedAt: IsoDateTimeSchema.optional(),
  }).optional(),
  followUps: z.array(FollowUpSchema).optional().meta({
    description: 'follow-up records appended after the result (后续处理): never amend it',
  }),
});
export type InspectionResult = z.infer<typeof InspectionResultSchema>;
