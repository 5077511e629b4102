import {
  DepartmentCodeSchema,
  DistrictPlanSchema,
  DistrictReportSchema,
  FilePlanInputSchema,
  PageQuerySchema,
  PlanInputSchema,
  PlanSchema,
  PlanStatusSchema,
  ReturnPlanInputSchema,
  VersionSchema,
} from '@double-random/domain';
import { z } from '../middleware';

/** Path and body schemas shared by the plan routes; the OpenAPI document is built from them. */
export const YearPathSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).meta({ description: 'plan year, e.g. 2027' }),
});

export const PlanPathSchema = YearPathSchema.extend({ dept: DepartmentCodeSchema });

const ExpectedVersion = VersionSchema.meta({ description: 'the version of the plan you read' });

export const FilePlanBodySchema = FilePlanInputSchema.extend({
  expectedVersion: ExpectedVersion.optional().meta({
    description: 'required when the plan exists (a draft or a returned plan filed again)',
  }),
});

export const AmendPlanBodySchema = PlanInputSchema.extend({ expectedVersion: ExpectedVersion });

export const PlanVersionBodySchema = z.object({ expectedVersion: ExpectedVersion });

export const ReturnPlanBodySchema = ReturnPlanInputSchema.extend({
  expectedVersion: ExpectedVersion,
});

/** The public list: published plans only, so no status to choose. */
export const PublicListPlansQuerySchema = PageQuerySchema;

export const ListPlansQuerySchema = PageQuerySchema.extend({
  status: PlanStatusSchema.optional().meta({ description: 'only the plans in this state' }),
});

const WhenSchema = z.object({ at: PlanSchema.shape.createdAt });

/** A plan as the public reads it: no history, stamps without user ids. */
export const PublicPlanSchema = PlanSchema.omit({
  history: true,
  approved: true,
  published: true,
  returned: true,
}).extend({
  approved: WhenSchema.optional(),
  published: WhenSchema.optional(),
  returned: WhenSchema.extend({ reason: z.string() }).optional(),
});

export const PlanPageSchema = z.object({
  items: z.array(PlanSchema),
  cursor: z.string().optional(),
});

export const PublicPlanPageSchema = z.object({
  items: z.array(PublicPlanSchema),
  cursor: z.string().optional(),
});

/** The approved district plan as the public reads it: when, not by whom. */
export const PublicDistrictPlanSchema = DistrictPlanSchema.omit({ approved: true }).extend({
  approved: WhenSchema,
});

export { DistrictPlanSchema, DistrictReportSchema, PlanSchema };
