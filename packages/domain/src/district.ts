import { z } from 'zod';
import { CaseReportSchema } from './case/case-report';
import { DepartmentCodeSchema, IsoDateTimeSchema } from './codes';
import { ValidationError } from './errors';
import type { ChangeContext } from './history';
import { type ItemQuota, ItemQuotaSchema } from './item-quota';
import { type Plan, PlanStatusSchema, PlanYearSchema } from './plan.schema';

/** Plans counted in the district plan: filed or further. Drafts and returned plans are not submissions. */
export const COUNTED_STATUSES = ['filed', 'approved', 'published'] as const;

/** 部门联合抽查次数不低于总抽查数的 10% (台政发〔2019〕12号 二(二)). */
export const JOINT_SHARE_MIN_BP = 1000;

const RangeSchema = z.object({ minBp: z.number().int(), maxBp: z.number().int() }).nullable();

const FiguresSchema = z.object({
  tasks: z.number().int().meta({ description: 'planned tasks = planned draws' }),
  joint: z.number().int(),
  jointShareBp: z
    .number()
    .int()
    .meta({ description: 'joint / tasks in basis points, rounded down' }),
  keyTasks: z.number().int(),
  generalTasks: z.number().int(),
  mixedTasks: z.number().int().meta({ description: 'tasks with key and general items' }),
  keyRatioBp: RangeSchema.meta({ description: 'lowest and highest overall ratio of key tasks' }),
  generalRatioBp: RangeSchema,
});

export const DistrictReportSchema = z.object({
  year: PlanYearSchema,
  departments: z.array(
    FiguresSchema.extend({
      department: DepartmentCodeSchema,
      status: PlanStatusSchema,
      late: z.boolean(),
    }),
  ),
  overall: FiguresSchema.extend({
    lateFilings: z.number().int(),
    pendingPlans: z.number().int().meta({ description: 'filed, not yet approved' }),
    jointShareMet: z.boolean().meta({ description: 'joint share ≥ 10 %' }),
    itemsOutOfBand: z
      .number()
      .int()
      .meta({ description: 'items whose planned count for the year is outside their band' }),
    redLights: z
      .number()
      .int()
      .meta({ description: 'items whose drawn count is outside their band (亮灯)' }),
  }),
  items: z.array(ItemQuotaSchema).optional().meta({
    description:
      'the quota report: per item and year, planned and drawn targets over the item’s population (台政发〔2019〕12号 二(二))',
  }),
  notCounted: z.array(z.object({ department: DepartmentCodeSchema, status: PlanStatusSchema })),
  cases: CaseReportSchema.optional().meta({
    description:
      'case inspections (个案), apart from the draws: never in the quota bands or the joint share (docs/cases.md)',
  }),
});
export type DistrictReport = z.infer<typeof DistrictReportSchema>;

export const DistrictPlanSchema = z.object({
  year: PlanYearSchema,
  status: z.literal('approved'),
  approved: z.object({ by: z.string(), at: IsoDateTimeSchema }),
  report: DistrictReportSchema,
  version: z.literal(1),
});
export type DistrictPlan = z.infer<typeof DistrictPlanSchema>;

const range = (values: number[]) =>
  values.length ? { minBp: Math.min(...values), maxBp: Math.max(...values) } : null;

const figures = (plans: readonly Plan[]) => {
  const tasks = plans.flatMap((p) => p.tasks);
  const joint = tasks.filter((t) => t.joint).length;
  const key = tasks.filter((t) => t.category === 'key');
  const general = tasks.filter((t) => t.category === 'general');
  return {
    tasks: tasks.length,
    joint,
    jointShareBp: tasks.length ? Math.floor((joint * 10000) / tasks.length) : 0,
    keyTasks: key.length,
    generalTasks: general.length,
    mixedTasks: tasks.filter((t) => t.category === 'mixed').length,
    keyRatioBp: range(key.map((t) => t.ratio.bp)),
    generalRatioBp: range(general.map((t) => t.ratio.bp)),
  };
};

/**
 * The joint-meeting office's consolidation of a year's department plans. A joint task
 * sits in its initiator's plan only, so every draw is counted once. `quotas` is the quota
 * report per item (see `itemQuota`), computed by the caller from the directory and draws.
 */
export const consolidateDistrictPlan = (
  year: number,
  plans: readonly Plan[],
  quotas: readonly ItemQuota[] = [],
): DistrictReport => {
  const ofYear = plans.filter((p) => p.year === year);
  const counted = ofYear.filter((p) => (COUNTED_STATUSES as readonly string[]).includes(p.status));
  const overall = figures(counted);
  return {
    year,
    departments: [...counted]
      .sort((a, b) => a.department.localeCompare(b.department))
      .map((p) => ({ department: p.department, status: p.status, late: p.late, ...figures([p]) })),
    overall: {
      ...overall,
      lateFilings: counted.filter((p) => p.late).length,
      pendingPlans: counted.filter((p) => p.status === 'filed').length,
      // exact: joint / tasks ≥ 10 % ⇔ joint × 10000 ≥ 1000 × tasks
      jointShareMet:
        overall.tasks > 0 && overall.joint * 10000 >= JOINT_SHARE_MIN_BP * overall.tasks,
      itemsOutOfBand: quotas.filter((q) => !q.plannedWithin).length,
      redLights: quotas.filter((q) => q.light === 'red').length,
    },
    items: [...quotas],
    notCounted: ofYear
      .filter((p) => !(COUNTED_STATUSES as readonly string[]).includes(p.status))
      .map((p) => ({ department: p.department, status: p.status })),
  };
};

/** The office approves the district plan only when joint draws are ≥ 10 % of all draws. */
export const approveDistrictPlanReport = (
  report: DistrictReport,
  ctx: ChangeContext,
): DistrictPlan => {
  const o = report.overall;
  if (!o.jointShareMet)
    throw new ValidationError(
      'DISTRICT.JOINT_SHARE_TOO_LOW',
      `district plan ${report.year}: ${o.joint} joint of ${o.tasks} planned draws = ${(o.jointShareBp / 100).toFixed(2)} %, below the 10 % required (部门联合抽查次数不低于总抽查数的10%, 台政发〔2019〕12号 二(二))`,
      {
        field: 'overall.jointShareBp',
        rule: '台政发〔2019〕12号 二(二): joint draws ≥ 10 % of all draws',
        value: o.jointShareBp,
        joint: o.joint,
        tasks: o.tasks,
      },
    );
  return {
    year: report.year,
    status: 'approved',
    approved: { by: ctx.actor, at: ctx.now },
    report,
    version: 1,
  };
};
