import { byLink, type RouteDefinition } from '../route-definition';
import { handler as auditCheckpoint } from './audit-checkpoint.handler';
import { handler as auditConsistency } from './audit-consistency.handler';
import { handler as auditInclusion } from './audit-inclusion.handler';
import { handler as auditLeaves } from './audit-leaves.handler';
import {
  ChainPathSchema,
  CheckpointAnswerSchema,
  ConsistencyAnswerSchema,
  ConsistencyQuerySchema,
  InclusionAnswerSchema,
  InclusionQuerySchema,
  LeavesAnswerSchema,
  LeavesQuerySchema,
} from './audit-log.schemas';
import { handler as drawBundle } from './draw-bundle.handler';
import { handler as drawResult } from './draw-result.handler';
import { handler as getCalendar } from './get-calendar.handler';
import { handler as getTask } from './get-task.handler';
import { handler as listTasks } from './list-tasks.handler';
import {
  AuditVerificationSchema,
  CalendarAnswerSchema,
  CalendarYearPathSchema,
  DrawIdPathSchema,
  PageQuerySchema,
  PublicResultSchema,
  PublicTaskSchema,
  PublicTaskSummarySchema,
  pageSchema,
  ResultsQuerySchema,
  TargetIdPathSchema,
  TargetResultsSchema,
  TaskIdPathSchema,
  TasksQuerySchema,
} from './public.schemas';
import { handler as searchResults } from './search-results.handler';
import { handler as targetResults } from './target-results.handler';
import { handler as verifyAudit } from './verify-audit.handler';

const route = (
  method: 'GET',
  path: `/${string}`,
  handler: RouteDefinition['handler'],
  file: string,
  summary: string,
  schemas: RouteDefinition['schemas'],
): RouteDefinition => ({
  method,
  path,
  auth: 'public',
  handler,
  entry: `http/public/${file}.handler.ts`,
  summary,
  ...(schemas ? { schemas } : {}),
});

const notFound = { description: 'not there, or not yet (before the draw, an unknown id)' };

/** The public read API of docs/public-api.md: no token, published data only. */
export const publicRoutes: readonly RouteDefinition[] = [
  route('GET', '/tasks', listTasks, 'list-tasks', 'Tasks of a year, newest first (public)', {
    query: TasksQuerySchema,
    responses: { 200: { description: 'one page', schema: pageSchema(PublicTaskSummarySchema) } },
  }),
  route(
    'GET',
    '/tasks/{taskId}',
    getTask,
    'get-task',
    'One task with its commitment and draws (public)',
    {
      path: TaskIdPathSchema,
      responses: {
        200: { description: 'the task', schema: PublicTaskSchema },
        303: byLink('the task of a large draw'),
        404: notFound,
      },
    },
  ),
  route(
    'GET',
    '/draws/{drawId}/bundle',
    drawBundle,
    'draw-bundle',
    'The dr-draw/1 bundle exactly as drawn (public)',
    {
      path: DrawIdPathSchema,
      responses: {
        200: { description: 'the bundle' },
        303: byLink('the bundle of a large pool'),
        404: notFound,
      },
    },
  ),
  route(
    'GET',
    '/draws/{drawId}/result',
    drawResult,
    'draw-result',
    'The dr-draw/1 result of a draw (public)',
    {
      path: DrawIdPathSchema,
      responses: {
        200: { description: 'the result' },
        303: byLink('the result of a large draw'),
        404: notFound,
      },
    },
  ),
  route(
    'GET',
    '/results',
    searchResults,
    'search-results',
    'Published results by 统一社会信用代码 or name prefix, newest first (public)',
    {
      query: ResultsQuerySchema,
      responses: { 200: { description: 'one page', schema: pageSchema(PublicResultSchema) } },
    },
  ),
  route(
    'GET',
    '/targets/{targetId}/results',
    targetResults,
    'target-results',
    "An enterprise's published results and the draws it was in (public)",
    {
      path: TargetIdPathSchema,
      query: PageQuerySchema,
      responses: { 200: { description: 'one page', schema: TargetResultsSchema } },
    },
  ),
  route(
    'GET',
    '/tasks/{taskId}/audit/verify',
    verifyAudit,
    'verify-audit',
    "Verify a task's hash-chained audit log (public; no personal data)",
    {
      path: TaskIdPathSchema,
      responses: {
        200: { description: 'the verification', schema: AuditVerificationSchema },
        303: byLink('the verification of a long chain'),
        404: notFound,
      },
    },
  ),
  route(
    'GET',
    '/calendar/{year}',
    getCalendar,
    'get-calendar',
    'The working-day schedule in force for a year, official or provisional (public)',
    {
      path: CalendarYearPathSchema,
      responses: { 200: { description: 'the schedule', schema: CalendarAnswerSchema } },
    },
  ),
  ...auditLogRoutes(),
];

/** The district-wide audit log of docs/audit-log.md: checkpoints and proofs, no token. */
function auditLogRoutes(): RouteDefinition[] {
  const none = { description: 'no checkpoint signed yet' };
  const bad = { description: 'a size beyond the tree, or from > to (AUDIT_LOG.SIZE_INVALID)' };
  return [
    route(
      'GET',
      '/audit-log/checkpoint',
      auditCheckpoint,
      'audit-checkpoint',
      'The latest signed checkpoint of the audit log and its public key (public)',
      {
        responses: {
          200: { description: 'the checkpoint', schema: CheckpointAnswerSchema },
          404: none,
        },
      },
    ),
    route(
      'GET',
      '/audit-log/consistency',
      auditConsistency,
      'audit-consistency',
      'RFC 9162 consistency proof between two sizes of the audit log (public)',
      {
        query: ConsistencyQuerySchema,
        responses: { 200: { description: 'the proof', schema: ConsistencyAnswerSchema }, 400: bad },
      },
    ),
    route(
      'GET',
      '/audit-log/leaves',
      auditLeaves,
      'audit-leaves',
      'Leaves of the audit log in order, at most 1000, for witnesses (public)',
      {
        query: LeavesQuerySchema,
        responses: { 200: { description: 'the leaves', schema: LeavesAnswerSchema }, 400: bad },
      },
    ),
    route(
      'GET',
      '/audit-log/chains/{chain}/inclusion',
      auditInclusion,
      'audit-inclusion',
      "A chain's logged entries with one batch inclusion proof (public)",
      {
        path: ChainPathSchema,
        query: InclusionQuerySchema,
        responses: {
          200: { description: 'the proof', schema: InclusionAnswerSchema },
          303: byLink('the proof of a long chain'),
          400: bad,
        },
      },
    ),
  ];
}
