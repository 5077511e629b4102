import {
  AcknowledgeInputSchema,
  AuditEntrySchema,
  CalendarYearSchema,
  CodeSchema,
  CreateTaskInputSchema,
  DepartmentCodeSchema,
  HandoffInputSchema,
  HandoffSchema,
  InspectionResultSchema,
  IsoDateSchema,
  NOTIFICATION_STATUSES,
  NotificationSchema,
  RecordResultInputSchema,
  TaskSchema,
  TaskStageSchema,
  WitnessCommitmentInputSchema,
  WitnessCommitmentRecordSchema,
  WitnessIdSchema,
  WitnessRevealInputSchema,
} from '@double-random/domain';
import { z } from '../middleware';

/** Schemas of the workflow routes; the OpenAPI document is built from the same ones. */
export const TaskPathSchema = z.object({ taskId: CodeSchema });
export const HandoffPathSchema = TaskPathSchema.extend({ handoffId: CodeSchema });
export const WitnessPathSchema = TaskPathSchema.extend({ witness: WitnessIdSchema });
export const CalendarPathSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).meta({ description: 'e.g. 2027' }),
});

export const CreateTaskBodySchema = CreateTaskInputSchema;

export const EntropyBodySchema = z.object({
  entropy: z.string().min(1).max(256).meta({
    description:
      "drand:quicknet:<committed round>:<the round's BLS signature, 96 lowercase hex>, verified against the pinned quicknet key; witnessed tasks take their entropy from the reveals",
  }),
});

/** A witness's SHA-256 of its secret (docs/entropy.md). */
export const WitnessCommitmentBodySchema = WitnessCommitmentInputSchema;
/** A witness's secret, after the commitment. */
export const WitnessRevealBodySchema = WitnessRevealInputSchema;
export { WitnessCommitmentRecordSchema };

export const WitnessRevealReplySchema = z.object({
  witness: WitnessIdSchema,
  at: z.string(),
  entropy: z
    .string()
    .nullable()
    .meta({ description: 'witness:<sha256> once every witness has revealed, else null' }),
  stage: TaskStageSchema,
  settled: z.array(z.string()).meta({ description: 'waiting workflow steps this reveal settled' }),
});

/** The task comes from the path; the domain schema's refinements are checked by the use case. */
export const RecordResultBodySchema = z
  .object(RecordResultInputSchema.shape)
  .omit({ taskId: true });

export const HandoffBodySchema = z.object(HandoffInputSchema.shape).omit({ taskId: true });

export const AcknowledgeBodySchema = AcknowledgeInputSchema.omit({
  taskId: true,
  handoffId: true,
});

export const PublishBodySchema = z.object({
  department: DepartmentCodeSchema.meta({ description: 'the inspecting department (谁公开)' }),
});

export const CalendarBodySchema = z.object({
  holidays: z.array(IsoDateSchema),
  makeUpWorkdays: z.array(IsoDateSchema).default([]),
});

export const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().min(1).max(2048).optional(),
});

const Light = z.object({
  targetId: z.string(),
  item: z.string(),
  kind: z.enum(['result', 'penalty']),
  dueBy: z.string(),
  provisional: z.boolean(),
  status: z.enum(['on-time', 'due-soon', 'overdue']),
});

const PageLimit = z.coerce.number().int().min(1).max(1000).default(1000);
const Cursor = z.string().min(1).max(2048);

export const DetailQuerySchema = z.object({
  limit: PageLimit.meta({
    description: 'at most this many assignments and results; the rest by their cursors',
  }),
});

/** `GET /tasks/{taskId}/assignments` and `/results`: a task's lists a page at a time. */
export const TaskPageQuerySchema = z.object({
  limit: PageLimit,
  cursor: Cursor.optional().meta({ description: 'from the previous page, or from the detail' }),
});

const TaskAssignmentSchema = z.record(z.string(), z.unknown());

export const TaskDetailSchema = z.object({
  task: TaskSchema,
  lights: z.array(Light).meta({ description: '亮灯: unpublished results and penalties' }),
  assignments: z.array(TaskAssignmentSchema).meta({
    description: 'the first page of assignments, by draw and target',
  }),
  assignmentsCursor: Cursor.optional().meta({
    description: 'more assignments follow: GET /tasks/{taskId}/assignments?cursor=…',
  }),
  results: z.array(InspectionResultSchema).meta({
    description: 'the first page of results, by target and item',
  }),
  resultsCursor: Cursor.optional().meta({
    description: 'more results follow: GET /tasks/{taskId}/results?cursor=…',
  }),
  handoffs: z.array(HandoffSchema),
});

export const AssignmentsPageSchema = z.object({
  items: z.array(TaskAssignmentSchema),
  cursor: Cursor.optional(),
});

export const ResultsPageSchema = z.object({
  items: z.array(InspectionResultSchema),
  cursor: Cursor.optional(),
});

export const DeadlinesSchema = z.object({
  items: z.array(Light.extend({ taskId: z.string(), taskName: z.string() })),
  failedDeliveries: z
    .array(NotificationSchema)
    .meta({ description: 'notifications given up after their last delivery attempt (亮灯)' }),
});

export const NotificationsQuerySchema = z.object({
  status: z.enum(NOTIFICATION_STATUSES).optional(),
  department: DepartmentCodeSchema.optional().meta({
    description: "a department's notifications (that department or the office)",
  }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().min(1).max(2048).optional(),
});

export const NotificationsPageSchema = z.object({
  items: z.array(NotificationSchema),
  cursor: z.string().optional(),
});

export const RecordResultReplySchema = z.object({
  result: InspectionResultSchema,
  replacementDue: z.boolean(),
  handoffsDue: z.array(z.string()),
  settled: z.array(z.string()).meta({ description: 'waiting workflow steps this result settled' }),
});

export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  cursor: z.string().optional(),
});

export const CalendarLoadReplySchema = z.object({
  year: CalendarYearSchema,
  recomputed: z.number().int(),
});

export { HandoffSchema, TaskSchema };

/** POST /office/views/rebuild: all years, or one. */
export const RebuildViewsQuerySchema = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .meta({ description: 'rebuild only the views of this year’s tasks' }),
});

export const RebuildViewsReplySchema = z.object({
  rebuilt: z.number().int().min(0),
  tasks: z.array(z.string()),
});
