import { z } from 'zod';
import {
  CodeSchema,
  DepartmentCodeSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  RiskClassSchema,
  StatusSchema,
  UnitSchema,
  VersionSchema,
} from './codes';
import { HistoryEntrySchema } from './history';
import { textSchema } from './text';

export const SUBJECT_KINDS = ['enterprise', 'sole-trader', 'other-subject'] as const;
export const OBJECT_KINDS = ['product', 'project', 'behaviour'] as const;
export const TargetKindSchema = z.enum([...SUBJECT_KINDS, ...OBJECT_KINDS]).meta({
  description:
    'subjects: enterprise 企业, sole-trader 个体工商户, other-subject 其他主体; objects: product 产品, project 项目, behaviour 行为',
});
export type TargetKind = z.infer<typeof TargetKindSchema>;

const NameSchema = textSchema(200);

/** Body to create a target (检查对象). `id` defaults to the uscc when one is given. */
export const TargetCreateInputSchema = z.object({
  id: CodeSchema.optional(),
  name: NameSchema,
  kind: TargetKindSchema,
  uscc: z
    .string()
    .optional()
    .meta({ description: '统一社会信用代码, required for enterprises; GB 32100-2015' }),
  town: textSchema(50),
  industry: textSchema(100),
  riskClass: RiskClassSchema,
  unit: UnitSchema.default(''),
  reason: textSchema(500, 0).optional(),
});
export type TargetCreateInput = z.input<typeof TargetCreateInputSchema>;

/** Body to change a target: the id, department, kind and uscc never change. */
export const TargetUpdateInputSchema = z
  .object({
    name: NameSchema,
    town: textSchema(50),
    industry: textSchema(100),
    riskClass: RiskClassSchema,
    unit: UnitSchema,
  })
  .partial()
  .strict();
export type TargetUpdateInput = z.infer<typeof TargetUpdateInputSchema>;

export const TargetDeactivateInputSchema = z.object({
  reason: textSchema(500),
  date: IsoDateSchema.optional().meta({
    description: 'the date the target left the directory; defaults to today in Asia/Shanghai',
  }),
});
export type TargetDeactivateInput = z.input<typeof TargetDeactivateInputSchema>;

export const TargetSchema = z.object({
  id: CodeSchema,
  department: DepartmentCodeSchema,
  name: z.string(),
  kind: TargetKindSchema,
  uscc: z.string().optional(),
  town: z.string(),
  industry: z.string(),
  riskClass: RiskClassSchema,
  unit: UnitSchema,
  status: StatusSchema,
  deactivation: z.object({ reason: z.string(), date: IsoDateSchema }).optional(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: VersionSchema,
  history: z.array(HistoryEntrySchema),
});
export type Target = z.infer<typeof TargetSchema>;

/** What the store's pool queries filter on; an empty or missing list means "any". */
export const TargetScopeSchema = z.object({
  kinds: z.array(TargetKindSchema).default([]),
  towns: z.array(z.string().min(1)).default([]),
  industries: z.array(z.string().min(1)).default([]),
  riskClasses: z.array(RiskClassSchema).default([]),
});
export type TargetScope = z.infer<typeof TargetScopeSchema>;
