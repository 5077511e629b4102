import { PublicResultSchema, pageSchema } from '../public/public.schemas';
import type { RouteDefinition } from '../route-definition';
import { handler as caseAudit } from './case-audit.handler';
import { handler as caseEvidence } from './case-evidence.handler';
import {
  CaseDeptPathSchema,
  CasePageSchema,
  CasePathSchema,
  CaseSchema,
  CaseYearQuerySchema,
  RecordCaseBodySchema,
} from './cases.schemas';
import { handler as getCase } from './get-case.handler';
import { handler as listCases } from './list-cases.handler';
import { handler as publicCases } from './public-cases.handler';
import { handler as publishCase } from './publish-case.handler';
import { handler as recordCase } from './record-case.handler';

const route = (
  method: RouteDefinition['method'],
  path: `/${string}`,
  auth: RouteDefinition['auth'],
  handler: RouteDefinition['handler'],
  file: string,
  summary: string,
  schemas: NonNullable<RouteDefinition['schemas']>,
): RouteDefinition => ({
  method,
  path,
  auth,
  handler,
  entry: `http/cases/${file}.handler.ts`,
  summary,
  schemas,
});

/** Case inspections (个案处理, docs/api-tasks.md): recorded, read and published outside the draw. */
export const caseRoutes: readonly RouteDefinition[] = [
  route(
    'POST',
    '/departments/{dept}/cases',
    'required',
    recordCase,
    'record-case',
    "Record a case inspection from a complaint, referral or data monitoring; the item must be on the department's list (清单之外无检查) (the department)",
    {
      path: CaseDeptPathSchema,
      body: RecordCaseBodySchema,
      responses: { 201: { description: 'the case', schema: CaseSchema } },
    },
  ),
  route(
    'GET',
    '/departments/{dept}/cases',
    'required',
    listCases,
    'list-cases',
    "A department's cases received in a year (the department, the office)",
    {
      path: CaseDeptPathSchema,
      query: CaseYearQuerySchema,
      responses: { 200: { description: 'one page', schema: CasePageSchema } },
    },
  ),
  route(
    'GET',
    '/departments/{dept}/cases/{caseId}',
    'required',
    getCase,
    'get-case',
    'One case, whole (the department, the office)',
    {
      path: CasePathSchema,
      responses: { 200: { description: 'the case', schema: CaseSchema } },
    },
  ),
  route(
    'POST',
    '/departments/{dept}/cases/{caseId}/publish',
    'required',
    publishCase,
    'publish-case',
    'Publish a case beside the draws with the kind 个案 (the department)',
    {
      path: CasePathSchema,
      responses: { 200: { description: 'the case, published', schema: CaseSchema } },
    },
  ),
  route(
    'GET',
    '/departments/{dept}/cases/{caseId}/audit',
    'required',
    caseAudit,
    'case-audit',
    "The case's audit chain: its record (with the evidence hashes) and its publication (the department, the office)",
    { path: CasePathSchema, responses: { 200: { description: 'the entries' } } },
  ),
  route(
    'GET',
    '/departments/{dept}/cases/{caseId}/evidence/verify',
    'required',
    caseEvidence,
    'case-evidence',
    "Hash the case's evidence files again against its case.record entry (the department, the office)",
    { path: CasePathSchema, responses: { 200: { description: 'each file and what was found' } } },
  ),
  route(
    'GET',
    '/cases',
    'public',
    publicCases,
    'public-cases',
    'Published cases of a year, newest first, without personal data (public)',
    {
      query: CaseYearQuerySchema,
      responses: { 200: { description: 'one page', schema: pageSchema(PublicResultSchema) } },
    },
  ),
];
