import { z } from 'zod';
import {
  CodeSchema,
  DepartmentCodeSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  VersionSchema,
} from './codes';
import { HistoryEntrySchema } from './history';
import { TargetScopeSchema } from './target.schema';
import { textSchema } from './text';

export const StratumKeySchema = z
  .enum(['all', 'risk:A', 'risk:B', 'risk:C', 'risk:D'])
  .meta({ description: '`all` for one plain ratio, or a credit-risk stratum' });

export const StratumRatioSchema = z.object({
  key: StratumKeySchema,
  ratioBp: z.number().int().min(0).max(10000).meta({ description: 'basis points: 2000 = 20 %' }),
});

/**
 * key: all its items are key; general: all are general; mixed: both. A task has no ratio
 * band of its own: each item's band is checked over its population and year (二(二)).
 */
export const TaskCategorySchema = z
  .enum(['key', 'general', 'mixed'])
  .meta({ description: 'key / general when all items are; mixed otherwise' });
export type TaskCategory = z.infer<typeof TaskCategorySchema>;

export const PlanYearSchema = z.number().int().min(2000).max(2100);

export const PlanTaskInputSchema = z.object({
  seq: z.number().int().min(1).max(999).meta({ description: 'task number within the plan' }),
  name: textSchema(200),
  items: z.array(CodeSchema).min(1).meta({ description: 'item codes from the item list' }),
  scope: TargetScopeSchema.default({ kinds: [], towns: [], industries: [], riskClasses: [] }),
  strata: z.array(StratumRatioSchema).min(1),
  window: z.object({ start: IsoDateSchema, end: IsoDateSchema }),
  participants: z
    .array(DepartmentCodeSchema)
    .default([])
    .meta({ description: 'participating departments (参与部门); any makes the task joint' }),
  teamSize: z.number().int().min(1).max(20).meta({ description: 'inspectors per target, ≥ 2' }),
  excludeInspectedWithinDays: z
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .meta({ description: 'leave out targets inspected on the same item within N days' }),
});
export type PlanTaskInput = z.input<typeof PlanTaskInputSchema>;

/** Body to file or amend an annual plan (年度抽查计划). */
export const PlanInputSchema = z.object({
  tasks: z.array(PlanTaskInputSchema).min(1),
  reason: textSchema(500, 0).optional(),
});
export type PlanInput = z.input<typeof PlanInputSchema>;

export const FilePlanInputSchema = PlanInputSchema.extend({
  draft: z.boolean().default(false).meta({ description: 'save without filing' }),
  filedOn: IsoDateSchema.optional().meta({
    description:
      'the day the plan was filed with the office outside this system (on paper, 纸质报送), when it is entered later: at most today, at the earliest 1 January of the year before; lateness is judged on it, and the plan shows both it and when it was entered (filedAt)',
  }),
});
export type FilePlanInput = z.input<typeof FilePlanInputSchema>;

export const ReturnPlanInputSchema = z.object({ reason: textSchema(2000) });

export const PlanTaskSchema = PlanTaskInputSchema.extend({
  id: CodeSchema.meta({ description: '<year>-<department>-<seq, 3 digits>' }),
  initiator: DepartmentCodeSchema.meta({ description: 'initiating department (发起部门)' }),
  scope: TargetScopeSchema,
  participants: z.array(DepartmentCodeSchema),
  joint: z.boolean(),
  category: TaskCategorySchema,
  planned: z.number().int().min(0).optional().meta({
    description:
      'targets the strata select from the directory counts at filing (Σ ⌈N × ratio⌉ per stratum); counted toward every item of the task; absent on tasks filed before items had populations (counted as 0)',
  }),
  ratio: z.object({
    numerator: z.number().int(),
    denominator: z.number().int(),
    weighted: z.boolean(),
    bp: z.number().int().meta({ description: 'whole basis points, rounded down' }),
  }),
});
export type PlanTask = z.infer<typeof PlanTaskSchema>;

export const PlanStatusSchema = z.enum(['draft', 'filed', 'returned', 'approved', 'published']);
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

const StampSchema = z.object({ by: z.string(), at: IsoDateTimeSchema });

export const PlanSchema = z.object({
  id: CodeSchema.meta({ description: '<department>-<year>' }),
  department: DepartmentCodeSchema,
  year: PlanYearSchema,
  status: PlanStatusSchema,
  tasks: z.array(PlanTaskSchema),
  firstFiledAt: IsoDateTimeSchema.optional(),
  filedAt: IsoDateTimeSchema.optional(),
  filedOn: IsoDateSchema.optional().meta({
    description: 'filed outside this system on this day (paper), entered at firstFiledAt',
  }),
  late: z.boolean().meta({
    description: 'first filed after 31 January (Asia/Shanghai), on filedOn when given',
  }),
  returned: StampSchema.extend({ reason: z.string() }).optional(),
  approved: StampSchema.optional(),
  published: StampSchema.optional(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: VersionSchema,
  history: z.array(HistoryEntrySchema),
});
export type Plan = z.infer<typeof PlanSchema>;
