import type { RouteDefinition } from '../route-definition';
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
      responses: { 200: { description: 'the task', schema: PublicTaskSchema }, 404: notFound },
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
      responses: { 200: { description: 'the bundle' }, 404: notFound },
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
      responses: { 200: { description: 'the result' }, 404: notFound },
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
];
