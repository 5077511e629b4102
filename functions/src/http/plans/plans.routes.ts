import type { RouteDefinition } from '../route-definition';
import { handler as amendPlan } from './amend-plan.handler';
import { handler as approveDistrict } from './approve-district.handler';
import { handler as approvePlan } from './approve-plan.handler';
import { handler as districtReport } from './district-report.handler';
import { handler as filePlan } from './file-plan.handler';
import { handler as getDistrict } from './get-district.handler';
import { handler as getPlan } from './get-plan.handler';
import { handler as listAllPlans } from './list-all-plans.handler';
import { handler as listPlans } from './list-plans.handler';
import {
  AmendPlanBodySchema,
  DistrictPlanSchema,
  DistrictReportSchema,
  FilePlanBodySchema,
  ListPlansQuerySchema,
  PlanPageSchema,
  PlanPathSchema,
  PlanSchema,
  PlanVersionBodySchema,
  PublicDistrictPlanSchema,
  PublicListPlansQuerySchema,
  PublicPlanPageSchema,
  PublicPlanSchema,
  ReturnPlanBodySchema,
  YearPathSchema,
} from './plan.schemas';
import { handler as publishPlan } from './publish-plan.handler';
import { handler as readPlan } from './read-plan.handler';
import { handler as returnPlan } from './return-plan.handler';

const PLAN_PATH = '/plans/{year}/departments/{dept}';

const fileRoute = (method: 'PUT' | 'POST'): RouteDefinition => ({
  method,
  path: PLAN_PATH,
  auth: 'required',
  handler: filePlan,
  entry: 'http/plans/file-plan.handler.ts',
  summary: "File a department's annual plan (or save it as a draft)",
  schemas: {
    path: PlanPathSchema,
    body: FilePlanBodySchema,
    responses: {
      201: { description: 'the plan was created', schema: PlanSchema },
      200: { description: 'a draft or returned plan was filed again', schema: PlanSchema },
    },
  },
});

const planChange = (
  action: 'approve' | 'return' | 'publish',
  handler: RouteDefinition['handler'],
  summary: string,
): RouteDefinition => ({
  method: 'POST',
  path: `${PLAN_PATH}/${action}`,
  auth: 'required',
  handler,
  entry: `http/plans/${action}-plan.handler.ts`,
  summary,
  schemas: {
    path: PlanPathSchema,
    body: action === 'return' ? ReturnPlanBodySchema : PlanVersionBodySchema,
    responses: { 200: { description: 'the changed plan', schema: PlanSchema } },
  },
});

/** The annual-plan API (年度抽查计划) and the district plan, under /plans/{year}. */
export const planRoutes: readonly RouteDefinition[] = [
  fileRoute('PUT'),
  fileRoute('POST'),
  {
    method: 'PATCH',
    path: PLAN_PATH,
    auth: 'required',
    handler: amendPlan,
    entry: 'http/plans/amend-plan.handler.ts',
    summary: 'Amend the tasks of a plan before approval',
    schemas: {
      path: PlanPathSchema,
      body: AmendPlanBodySchema,
      responses: { 200: { description: 'the amended plan', schema: PlanSchema } },
    },
  },
  {
    method: 'GET',
    path: PLAN_PATH,
    auth: 'public',
    handler: getPlan,
    entry: 'http/plans/get-plan.handler.ts',
    summary: 'Read a published plan (the same for everyone; staff read drafts at …/internal)',
    schemas: {
      path: PlanPathSchema,
      responses: {
        200: {
          description: 'the plan, without history or the ids of the officials who acted',
          schema: PublicPlanSchema,
        },
      },
    },
  },
  {
    method: 'GET',
    path: `${PLAN_PATH}/internal`,
    auth: 'required',
    handler: readPlan,
    entry: 'http/plans/read-plan.handler.ts',
    summary: 'Read a plan in any state, with its history (its department and the office)',
    schemas: {
      path: PlanPathSchema,
      responses: { 200: { description: 'the plan', schema: PlanSchema } },
    },
  },
  {
    method: 'GET',
    path: '/plans/{year}',
    auth: 'public',
    handler: listPlans,
    entry: 'http/plans/list-plans.handler.ts',
    summary: "List a year's published plans",
    schemas: {
      path: YearPathSchema,
      query: PublicListPlansQuerySchema,
      responses: { 200: { description: 'one page of plans', schema: PublicPlanPageSchema } },
    },
  },
  {
    method: 'GET',
    path: '/plans/{year}/internal',
    auth: 'required',
    handler: listAllPlans,
    entry: 'http/plans/list-all-plans.handler.ts',
    summary: "List a year's plans in every state, with their history (office)",
    schemas: {
      path: YearPathSchema,
      query: ListPlansQuerySchema,
      responses: { 200: { description: 'one page of plans', schema: PlanPageSchema } },
    },
  },
  planChange('approve', approvePlan, 'Approve a filed plan (office)'),
  planChange('return', returnPlan, 'Return a filed plan to its department with a reason (office)'),
  planChange('publish', publishPlan, 'Publish an approved plan'),
  {
    method: 'GET',
    path: '/plans/{year}/district/report',
    auth: 'required',
    handler: districtReport,
    entry: 'http/plans/district-report.handler.ts',
    summary: "Consolidation report of the year's plans, joint share included (office)",
    schemas: {
      path: YearPathSchema,
      responses: { 200: { description: 'the report', schema: DistrictReportSchema } },
    },
  },
  {
    method: 'POST',
    path: '/plans/{year}/district/approve',
    auth: 'required',
    handler: approveDistrict,
    entry: 'http/plans/approve-district.handler.ts',
    summary: 'Approve the district plan; refused while joint draws are below 10 % (office)',
    schemas: {
      path: YearPathSchema,
      responses: { 201: { description: 'the approved district plan', schema: DistrictPlanSchema } },
    },
  },
  {
    method: 'GET',
    path: '/plans/{year}/district',
    auth: 'public',
    handler: getDistrict,
    entry: 'http/plans/get-district.handler.ts',
    summary: 'Read the approved district plan of a year',
    schemas: {
      path: YearPathSchema,
      responses: {
        200: {
          description: 'the district plan, without the id of the official who approved it',
          schema: PublicDistrictPlanSchema,
        },
      },
    },
  },
];
