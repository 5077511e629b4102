import { z } from 'zod';
import {
  CodeSchema,
  DepartmentCodeSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  StatusSchema,
  UnitSchema,
  VersionSchema,
} from './codes';
import { HistoryEntrySchema } from './history';
import { textSchema } from './text';

/** Fields marked private never leave through the public API (DESIGN §3, identity and access). */
const privateField = { 'x-private': true } as const;

/**
 * The decision on a recusal (回避决定): 《行政处罚法》(2021) 第43条 "执法人员的回避，由行政机关
 * 负责人决定。决定作出之前，不停止调查". A request alone changes nothing: the responsible
 * official's approval puts it in effect.
 */
export const RecusalDecisionSchema = z.object({
  approved: z.boolean(),
  by: textSchema(100).meta({
    description: 'the responsible official (行政机关负责人) who decided',
  }),
  at: IsoDateTimeSchema.optional().meta({ description: 'when decided; defaults to now' }),
  note: textSchema(500, 0)
    .optional()
    .meta({ ...privateField, description: 'private' }),
});
export type RecusalDecision = z.infer<typeof RecusalDecisionSchema>;

export const ConflictSchema = z.object({
  targetId: CodeSchema,
  reason: textSchema(500).meta({ ...privateField, description: 'why (回避): private' }),
  declaredBy: z.enum(['inspector', 'enterprise']),
  at: IsoDateTimeSchema,
  status: z.enum(['requested', 'approved', 'rejected']).optional().meta({
    description:
      'requested until the responsible official decides; only approved conflicts keep an inspector out of a draw (absent: declared before decisions were kept, in effect)',
  }),
  decision: RecusalDecisionSchema.optional(),
});
export type Conflict = z.infer<typeof ConflictSchema>;

/** A conflict in effect: approved by the responsible official (or declared before decisions). */
export const conflictInEffect = (c: Pick<Conflict, 'status'>): boolean =>
  c.status === undefined || c.status === 'approved';

export const ConflictDeclareInputSchema = ConflictSchema.omit({ at: true, status: true });
export type ConflictDeclareInput = z.infer<typeof ConflictDeclareInputSchema>;

/**
 * Who the inspector directory lists (台政发〔2019〕12号 二(三)): "所有相关的行政执法类公务员、具有行政
 * 执法资格的工作人员和从事日常监管工作的人员". The first two hold a 执法证 and are drawn
 * (`enforcement`); 日常监管人员 (`daily-supervision`) hold none: they may go along with a
 * drawn group but never count toward its two certified officers (《行政处罚法》(2021) 第42条)
 * and never enter a draw's roster.
 */
export const InspectorCategorySchema = z.enum(['enforcement', 'daily-supervision']).meta({
  description:
    'enforcement: 行政执法类公务员 or 具有行政执法资格的工作人员, holding a 执法证, drawn; daily-supervision: 从事日常监管工作的人员, no 执法证, never drawn, may accompany a group',
});
export type InspectorCategory = z.infer<typeof InspectorCategorySchema>;

const inspectorFields = {
  unit: UnitSchema,
  name: textSchema(100),
  category: InspectorCategorySchema.optional().meta({
    description:
      'enforcement (执法人员, the default: absent means enforcement) or daily-supervision (日常监管人员)',
  }),
  certificateNo: textSchema(64)
    .optional()
    .meta({ description: '执法证号: required of enforcement staff, none for daily-supervision' }),
  certificateExpiry: IsoDateSchema.optional().meta({
    description: 'last day the certificate is valid: required with certificateNo',
  }),
  qualifications: z
    .array(CodeSchema)
    .meta({ description: '执法资质 codes, mapped to items, e.g. SCJG-FOOD' }),
  expertise: z.array(textSchema(100)).meta({ description: '业务专长' }),
  mayLead: z.boolean().meta({ description: 'may be drawn as group leader (检查组负责人)' }),
  idNumber: textSchema(32)
    .optional()
    .meta({ ...privateField, description: 'ID card number: private' }),
  phone: textSchema(32)
    .optional()
    .meta({ ...privateField, description: 'phone: private' }),
};

export const InspectorCreateInputSchema = z.object({
  id: CodeSchema,
  ...inspectorFields,
  unit: UnitSchema.default(''),
  qualifications: inspectorFields.qualifications.default([]),
  expertise: inspectorFields.expertise.default([]),
  mayLead: inspectorFields.mayLead.default(false),
  reason: textSchema(500, 0).optional(),
});
export type InspectorCreateInput = z.input<typeof InspectorCreateInputSchema>;

export const InspectorUpdateInputSchema = z.object(inspectorFields).partial().strict();
export type InspectorUpdateInput = z.infer<typeof InspectorUpdateInputSchema>;

export const InspectorSchema = z.object({
  id: CodeSchema,
  department: DepartmentCodeSchema,
  ...inspectorFields,
  conflicts: z.array(ConflictSchema),
  status: StatusSchema,
  deactivation: z.object({ reason: z.string(), date: IsoDateSchema }).optional(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: VersionSchema,
  history: z.array(HistoryEntrySchema),
});
export type Inspector = z.infer<typeof InspectorSchema>;

/** What the public may see of an inspector: no personal data, no conflict reasons, no history. */
export const PublicInspectorSchema = InspectorSchema.omit({
  idNumber: true,
  phone: true,
  conflicts: true,
  history: true,
}).extend({
  conflicts: z.array(ConflictSchema.omit({ reason: true })),
});
export type PublicInspector = z.infer<typeof PublicInspectorSchema>;
