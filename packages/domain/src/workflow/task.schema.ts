import { z } from 'zod';
import {
  CodeSchema,
  DepartmentCodeSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  VersionSchema,
} from '../codes';
import { PlanYearSchema, StratumKeySchema, TaskCategorySchema } from '../plan.schema';
import { TargetScopeSchema } from '../target.schema';
import { AppointmentSchema } from './appointment';
import { DrawRunnerSchema } from './draw-runner';

/**
 * Where the draw's entropy will come from, declared before the freeze (docs/entropy.md):
 * `drand:quicknet:<round>` (a future round of the drand quicknet beacon) or
 * `witness:<YYYY-MM-DD>:<W1>,<W2>[,…]` (a witnessed commit–reveal: at least two witnesses
 * outside the office, reveals due by that day). `ceremony:<YYYY-MM-DD>` (a value the office
 * typed) is read in tasks stored before witnesses but refused for new tasks.
 */
export const ENTROPY_SOURCE_PATTERN =
  /^(drand:quicknet:[1-9][0-9]{0,15}|witness:\d{4}-\d{2}-\d{2}:[A-Z0-9]{2,16}(,[A-Z0-9]{2,16})+|ceremony:\d{4}-\d{2}-\d{2})$/;
export const EntropySourceSchema = z
  .string()
  .regex(
    ENTROPY_SOURCE_PATTERN,
    'entropy source: drand:quicknet:<round> or witness:<YYYY-MM-DD>:<W1>,<W2>[,…]',
  )
  .meta({
    description:
      'drand:quicknet:<future round>, or witness:<reveal day>:<W1>,<W2>[,…] (witnesses outside the office, who publish SHA-256 of their secrets before the task is created)',
  });
export type EntropySource = z.infer<typeof EntropySourceSchema>;

/** The stages of one inspection task; the state machine routes on the stored one. */
export const TASK_STAGES = [
  'Created',
  'Frozen',
  'Committed',
  'AwaitingEntropy',
  'Drawn',
  'Notified',
  'Inspecting',
  'Publishing',
  'HandingOff',
  'Done',
  'Failed',
] as const;
export const TaskStageSchema = z.enum(TASK_STAGES);
export type TaskStage = z.infer<typeof TaskStageSchema>;

export const TaskStratumSchema = z.object({
  key: StratumKeySchema,
  ratioBp: z.number().int().min(0).max(10000),
  reserve: z.number().int().min(0).max(10000).meta({ description: 'reserve targets drawn' }),
});
export type TaskStratum = z.infer<typeof TaskStratumSchema>;

export const TaskItemSchema = z.object({
  code: CodeSchema,
  department: DepartmentCodeSchema.meta({ description: 'whose item list holds it' }),
  qualification: CodeSchema,
  expertise: z.array(z.string()).optional().meta({ description: '业务专长 the item calls for' }),
});
export type TaskItem = z.infer<typeof TaskItemSchema>;

/** One draw of a task: the target draw, or a participating department's inspector draw. */
export const TaskDrawSchema = z.object({
  drawId: CodeSchema.meta({ description: '<taskId> or <taskId>.<DEPT>' }),
  department: DepartmentCodeSchema,
  role: z.enum(['targets', 'participant']),
  qualification: CodeSchema,
});
export type TaskDraw = z.infer<typeof TaskDrawSchema>;

/** Body to create a task from an approved plan's planned task (office only). */
export const CreateTaskInputSchema = z.object({
  department: DepartmentCodeSchema.meta({ description: 'the plan department (initiator)' }),
  year: PlanYearSchema,
  seq: z.number().int().min(1).max(999).meta({ description: 'planned task number' }),
  reserves: z
    .partialRecord(StratumKeySchema, z.number().int().min(0).max(10000))
    .default({})
    .meta({ description: 'reserve targets per stratum key; missing = 0' }),
  qualifications: z
    .record(DepartmentCodeSchema, CodeSchema)
    .default({})
    .meta({ description: 'draw qualification per department; default: its first item' }),
  cap: z.number().int().min(0).max(10000).default(0).meta({ description: '0 = no cap' }),
  crossUnit: z.boolean().default(true),
  entropySource: EntropySourceSchema,
  caseRefs: z
    .array(
      z.string().regex(/^[A-Z0-9]{2,16}-\d{4}-[0-9a-f]{12}$/, 'a case id: <dept>-<year>-<12 hex>'),
    )
    .max(100)
    .default([])
    .meta({
      description:
        '专项检查: the recorded cases (个案) whose common problem prompted the task; each must exist and inspect an item of the task, and the scope must name the towns or industries concerned (docs/cases.md)',
    }),
});
export type CreateTaskInput = z.input<typeof CreateTaskInputSchema>;

export const TaskSchema = z.object({
  id: CodeSchema.meta({ description: '<year>-<DEPT>-<seq 3 digits>, the planned task id' }),
  year: PlanYearSchema,
  planId: CodeSchema,
  name: z.string(),
  category: TaskCategorySchema,
  items: z.array(TaskItemSchema).min(1),
  initiator: DepartmentCodeSchema,
  participants: z.array(DepartmentCodeSchema),
  joint: z.boolean(),
  scope: TargetScopeSchema,
  strata: z.array(TaskStratumSchema).min(1),
  teamSize: z.number().int().min(2),
  cap: z.number().int().min(0),
  crossUnit: z.boolean(),
  draws: z.array(TaskDrawSchema).min(1),
  window: z.object({ start: IsoDateSchema, end: IsoDateSchema }),
  excludeInspectedWithinDays: z.number().int().min(1).optional(),
  entropySource: EntropySourceSchema,
  entropy: z.string().optional().meta({ description: 'accepted entropy value' }),
  runBy: DrawRunnerSchema.optional().meta({
    description: 'who created the task and runs its draw (absent on tasks created before)',
  }),
  entropyBy: DrawRunnerSchema.optional().meta({ description: 'who entered the entropy' }),
  caseRefs: z.array(z.string()).optional().meta({
    description: '专项检查: the cases (个案) that prompted the task',
  }),
  leaders: z.record(CodeSchema, AppointmentSchema).optional().meta({
    description: 'joint group leaders appointed per target (指派联合检查组负责人)',
  }),
  frozenOn: IsoDateSchema.optional(),
  stage: TaskStageSchema,
  failure: z.object({ stage: TaskStageSchema, code: z.string(), message: z.string() }).optional(),
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  version: VersionSchema,
});
export type Task = z.infer<typeof TaskSchema>;
