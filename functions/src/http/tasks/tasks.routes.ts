import { byLink, type RouteDefinition } from '../route-definition';
import { handler as acknowledge } from './acknowledge.handler';
import {
  AppointBodySchema,
  handler as appointLeader,
  GroupPathSchema,
  JointGroupSchema,
} from './appoint-leader.handler';
import { handler as audit } from './audit.handler';
import { handler as createTask } from './create-task.handler';
import { handler as deadlines } from './deadlines.handler';
import { handler as entropy } from './entropy.handler';
import { handler as entropyFetch } from './entropy-fetch.handler';
import {
  FollowUpBodySchema,
  FollowUpPathSchema,
  FollowUpReplySchema,
  handler as followUp,
} from './follow-up.handler';
import { handler as handoff } from './handoff.handler';
import { GroupsSchema, handler as listGroups } from './list-groups.handler';
import { handler as loadCalendar } from './load-calendar.handler';
import { handler as notifications } from './notifications.handler';
import { handler as publishResults } from './publish-results.handler';
import { handler as rebuildViews } from './rebuild-views.handler';
import { handler as recordResult } from './record-result.handler';
import { TeamPathSchema, TeamsSchema, handler as targetTeams } from './target-teams.handler';
import { handler as taskAssignments } from './task-assignments.handler';
import { handler as taskDetail } from './task-detail.handler';
import { handler as taskResults } from './task-results.handler';
import {
  AcknowledgeBodySchema,
  AssignmentsPageSchema,
  AuditPageSchema,
  AuditQuerySchema,
  CalendarBodySchema,
  CalendarLoadReplySchema,
  CalendarPathSchema,
  CreateTaskBodySchema,
  DeadlinesSchema,
  DetailQuerySchema,
  EntropyBodySchema,
  HandoffBodySchema,
  HandoffPathSchema,
  HandoffSchema,
  NotificationsPageSchema,
  NotificationsQuerySchema,
  PublishBodySchema,
  RebuildViewsQuerySchema,
  RebuildViewsReplySchema,
  RecordResultBodySchema,
  RecordResultReplySchema,
  ResultsPageSchema,
  TaskDetailSchema,
  TaskPageQuerySchema,
  TaskPathSchema,
  TaskSchema,
  WitnessCommitmentBodySchema,
  WitnessCommitmentRecordSchema,
  WitnessPathSchema,
  WitnessRevealBodySchema,
  WitnessRevealReplySchema,
} from './tasks.schemas';
import { handler as witnessCommitment } from './witness-commitment.handler';
import { handler as witnessReveal } from './witness-reveal.handler';

const route = (
  method: RouteDefinition['method'],
  path: `/${string}`,
  handler: RouteDefinition['handler'],
  file: string,
  summary: string,
  schemas: NonNullable<RouteDefinition['schemas']>,
): RouteDefinition => ({
  method,
  path,
  auth: 'required',
  handler,
  entry: `http/tasks/${file}.handler.ts`,
  summary,
  schemas,
});

/** The inspection workflow for the office, the departments and the inspectors. */
export const taskRoutes: readonly RouteDefinition[] = [
  route(
    'POST',
    '/tasks',
    createTask,
    'create-task',
    "Create a task from an approved plan's planned task and start its workflow (office)",
    {
      body: CreateTaskBodySchema,
      responses: {
        201: { description: 'the task, its workflow started', schema: TaskSchema },
        200: { description: 'a retry: the task created before', schema: TaskSchema },
      },
    },
  ),
  route(
    'GET',
    '/tasks/{taskId}/detail',
    taskDetail,
    'task-detail',
    'The whole task with red lights and handoffs, and its assignments and results up to limit each, with cursors to the rest (office, its departments)',
    {
      path: TaskPathSchema,
      query: DetailQuerySchema,
      responses: {
        200: { description: 'the task', schema: TaskDetailSchema },
        303: byLink('the task with its red lights'),
      },
    },
  ),
  route(
    'GET',
    '/tasks/{taskId}/assignments',
    taskAssignments,
    'task-assignments',
    "A task's assignments a page at a time, by draw and target (office, its departments)",
    {
      path: TaskPathSchema,
      query: TaskPageQuerySchema,
      responses: { 200: { description: 'one page', schema: AssignmentsPageSchema } },
    },
  ),
  route(
    'GET',
    '/tasks/{taskId}/results',
    taskResults,
    'task-results',
    "A task's results a page at a time, by target and item (office, its departments)",
    {
      path: TaskPathSchema,
      query: TaskPageQuerySchema,
      responses: { 200: { description: 'one page', schema: ResultsPageSchema } },
    },
  ),
  route(
    'POST',
    '/office/views/rebuild',
    rebuildViews,
    'rebuild-views',
    "Rebuild the tasks' public views from the source records, all years or one (office)",
    {
      query: RebuildViewsQuerySchema,
      responses: { 200: { description: 'the tasks rebuilt', schema: RebuildViewsReplySchema } },
    },
  ),
  route(
    'GET',
    '/office/deadlines',
    deadlines,
    'deadlines',
    '亮灯: overdue and due-soon publications of results and penalties (office)',
    {
      responses: {
        200: { description: 'the red lights', schema: DeadlinesSchema },
        303: byLink('the red lights'),
      },
    },
  ),
  route(
    'GET',
    '/notifications',
    notifications,
    'notifications',
    'The outbox with delivery records: everything for the office, a department’s with department=, an inspector’s own',
    {
      query: NotificationsQuerySchema,
      responses: {
        200: { description: 'a page of notifications', schema: NotificationsPageSchema },
      },
    },
  ),
  route(
    'POST',
    '/tasks/{taskId}/entropy',
    entropy,
    'entropy',
    "Enter the committed drand round's signature, verified offline against the pinned quicknet key; the draw follows (office)",
    {
      path: TaskPathSchema,
      body: EntropyBodySchema,
      responses: { 200: { description: 'the task with its entropy' } },
    },
  ),
  route(
    'POST',
    '/tasks/{taskId}/entropy/fetch',
    entropyFetch,
    'entropy-fetch',
    'Fetch the committed drand round from the configured relays, check its signature and enter it (office; 503 where the server has no relays)',
    {
      path: TaskPathSchema,
      responses: {
        200: { description: 'the task with its entropy' },
        502: { description: 'no relay gave the round' },
        503: { description: 'fetching is off (DRAND_URLS unset)' },
      },
    },
  ),
  route(
    'POST',
    '/tasks/{taskId}/witnesses/{witness}/commitment',
    witnessCommitment,
    'witness-commitment',
    'A witness publishes SHA-256 of its secret for a planned task, before the task is created (witness:<id> or dept:<id>; never the office)',
    {
      path: WitnessPathSchema,
      body: WitnessCommitmentBodySchema,
      responses: {
        201: { description: 'the commitment stored', schema: WitnessCommitmentRecordSchema },
        200: { description: 'the same hash again', schema: WitnessCommitmentRecordSchema },
      },
    },
  ),
  route(
    'POST',
    '/tasks/{taskId}/witnesses/{witness}/reveal',
    witnessReveal,
    'witness-reveal',
    'A witness reveals its secret after the commitment; it must match its SHA-256; the last reveal sets the entropy',
    {
      path: WitnessPathSchema,
      body: WitnessRevealBodySchema,
      responses: {
        201: { description: 'the reveal stored', schema: WitnessRevealReplySchema },
        200: { description: 'the same reveal again', schema: WitnessRevealReplySchema },
      },
    },
  ),
  route(
    'POST',
    '/tasks/{taskId}/results',
    recordResult,
    'record-result',
    'Record the result of one item on one drawn target (the inspecting department or its team)',
    {
      path: TaskPathSchema,
      body: RecordResultBodySchema,
      responses: { 201: { description: 'the result', schema: RecordResultReplySchema } },
    },
  ),
  route(
    'POST',
    '/tasks/{taskId}/results/{targetId}/{item}/follow-ups',
    followUp,
    'follow-up',
    'Append a follow-up to a result: final outcome, penalty decision (its 7 working days run from the decision date), rectification (the inspecting department)',
    {
      path: FollowUpPathSchema,
      body: FollowUpBodySchema,
      responses: {
        201: { description: 'the result with its follow-ups', schema: FollowUpReplySchema },
      },
    },
  ),
  route(
    'GET',
    '/tasks/{taskId}/groups',
    listGroups,
    'list-groups',
    'One joint group per target: the members every department drew, the suggested and the appointed leader (office, the task departments)',
    {
      path: TaskPathSchema,
      responses: {
        200: { description: 'the groups', schema: GroupsSchema },
        303: byLink('the groups'),
      },
    },
  ),
  route(
    'GET',
    '/tasks/{taskId}/teams/{targetId}',
    targetTeams,
    'target-teams',
    "The team drawn for a target, as its result records it: each member's 执法证号 (certificatesShown) and the department's 日常监管人员 who may accompany it (office, the team's department, an inspector on the team)",
    {
      path: TeamPathSchema,
      responses: { 200: { description: 'the teams', schema: TeamsSchema } },
    },
  ),
  route(
    'POST',
    '/tasks/{taskId}/groups/{targetId}/leader',
    appointLeader,
    'appoint-leader',
    "Appoint a target's joint group leader from its drawn members who may lead (the initiating department or the office)",
    {
      path: GroupPathSchema,
      body: AppointBodySchema,
      responses: { 200: { description: 'the group with its leader', schema: JointGroupSchema } },
    },
  ),
  route(
    'POST',
    '/tasks/{taskId}/publish',
    publishResults,
    'publish-results',
    "Publish the department's unpublished results of a task (谁公开)",
    {
      path: TaskPathSchema,
      body: PublishBodySchema,
      responses: { 200: { description: 'the published records and the late ones' } },
    },
  ),
  route(
    'POST',
    '/tasks/{taskId}/handoffs',
    handoff,
    'handoff',
    'Hand a problem to the department in charge or the judicial authorities',
    {
      path: TaskPathSchema,
      body: HandoffBodySchema,
      responses: { 201: { description: 'the handoff', schema: HandoffSchema } },
    },
  ),
  route(
    'POST',
    '/tasks/{taskId}/handoffs/{handoffId}/acknowledge',
    acknowledge,
    'acknowledge',
    'Record the receipt of a handoff',
    {
      path: HandoffPathSchema,
      body: AcknowledgeBodySchema,
      responses: { 200: { description: 'the acknowledged handoff', schema: HandoffSchema } },
    },
  ),
  route('GET', '/tasks/{taskId}/audit', audit, 'audit', "A task's audit chain in full (office)", {
    path: TaskPathSchema,
    query: AuditQuerySchema,
    responses: { 200: { description: 'one page of entries', schema: AuditPageSchema } },
  }),
  route(
    'PUT',
    '/calendar/{year}',
    loadCalendar,
    'load-calendar',
    "Load a year's State Council holiday schedule; provisional deadlines are recomputed (office)",
    {
      path: CalendarPathSchema,
      body: CalendarBodySchema,
      responses: { 200: { description: 'the schedule stored', schema: CalendarLoadReplySchema } },
    },
  ),
];
