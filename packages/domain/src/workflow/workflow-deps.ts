import type { DrawOptions } from '@double-random/draw';
import type { Actor } from '../actor';
import type { CaseRepository } from '../case/ports';
import { ConflictError, isDomainError } from '../errors';
import type { NotificationChannel, Outbox } from '../notification/ports';
import type {
  Clock,
  InspectorRepository,
  ItemRepository,
  Page,
  PageRequest,
  PlanRepository,
  TargetRepository,
} from '../ports';
import { found } from '../use-case-support';
import { type AuditEntry, type AuditInput, appendEntry, canonicalJson } from './audit';
import { workingDayCalendar } from './calendar';
import {
  APPEND_ATTEMPTS,
  type ChangeApplier,
  inTurn,
  NOTE_KIND,
  noteApplier,
  runChange,
} from './change';
import type { Commitment } from './commitment';
import type { FrozenBundle } from './freeze';
import type {
  AssignmentRepository,
  AuditLog,
  BundleStore,
  CalendarStore,
  CommitmentStore,
  DrawStore,
  HandoffRepository,
  InspectionHistory,
  IntentStore,
  ResultRepository,
  TaskRepository,
  WitnessStore,
} from './ports';
import type { Task } from './task.schema';

export interface WorkflowDeps {
  tasks: TaskRepository;
  plans: PlanRepository;
  items: ItemRepository;
  targets: TargetRepository;
  inspectors: InspectorRepository;
  history: InspectionHistory;
  bundles: BundleStore;
  commitments: CommitmentStore;
  draws: DrawStore;
  assignments: AssignmentRepository;
  results: ResultRepository;
  handoffs: HandoffRepository;
  audit: AuditLog;
  calendars: CalendarStore;
  /** witnesses' SHA-256 commitments and reveals (docs/entropy.md) */
  witnesses: WitnessStore;
  /** open changes on their way to the store (docs/consistency.md) */
  intents: IntentStore;
  /** waits before retry `attempt` of a contended audit append; jittered backoff in runtimes */
  backoff?: (attempt: number) => Promise<void>;
  clock: Clock;
  /** e.g. node:crypto's SHA-256 for large pools on Lambda; @noble/hashes otherwise */
  drawOptions?: DrawOptions;
  /** where the workflow's notifications go (assignments); none are sent where absent */
  outbox?: Outbox;
  notificationChannel?: NotificationChannel;
  /** case inspections (个案处理): their open changes are completed with the rest */
  cases?: CaseRepository;
}

export type Cmd<T = object> = { actor: Actor } & T;

/**
 * Appends to a chain; a concurrent append (AUDIT.STALE) is retried on the new head: the
 * entry's content does not depend on its position, only its seq and prevHash do. For an entry
 * that goes with a stored change, use `runChange` / `moveTask` / `noteOnce` instead: they
 * write the entry exactly once, crash or not (docs/consistency.md).
 */
export const recordAudit = async (
  audit: AuditLog,
  chain: string,
  input: AuditInput,
  backoff?: (attempt: number) => Promise<void>,
): Promise<AuditEntry> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await inTurn(audit, chain, async (turn) => {
        const head = await turn.head();
        const entry = appendEntry(head, input);
        try {
          await audit.append(chain, entry, head);
        } catch (e) {
          turn.lost();
          throw e;
        }
        turn.appended(entry);
        return entry;
      });
    } catch (e) {
      if (!(isDomainError(e) && e.code === 'AUDIT.STALE') || attempt + 1 >= APPEND_ATTEMPTS)
        throw e;
      await backoff?.(attempt + 1);
    }
  }
};

/** The change of a task header from `expectedVersion` to `task` (and what goes with it). */
export interface TaskMove {
  expectedVersion: number;
  task: Task;
  /** the commitment written with the move to Committed */
  commitment?: Commitment;
}

/**
 * Writes a task header move idempotently: a stored version at or past the move's means it
 * was applied (only the intent `task/v<n>` ever writes version n).
 */
export const applyTaskMove = async (deps: WorkflowDeps, change: unknown): Promise<void> => {
  const move = change as TaskMove;
  if (move.commitment) await deps.commitments.putOnce(move.commitment);
  if (move.expectedVersion === 0) {
    try {
      await deps.tasks.create(move.task);
    } catch (e) {
      if (!(isDomainError(e) && e.code === 'TASK.EXISTS')) throw e;
    }
    return;
  }
  try {
    await deps.tasks.update(move.task, move.expectedVersion);
  } catch (e) {
    if (!(isDomainError(e) && e.code === 'TASK.STALE')) throw e;
    const stored = await deps.tasks.get(move.task.id);
    if (!stored || stored.version < move.task.version) throw e;
  }
};

export const TASK_MOVE_KIND = 'task.move';

/** The same move asked again (a retry): equal but for the instant it was asked. */
const sameMove = (a: Task, b: Task): boolean =>
  canonicalJson({ ...a, updatedAt: null, createdAt: null }) ===
  canonicalJson({ ...b, updatedAt: null, createdAt: null });

/**
 * A task header move with its entry, through the intent `task/v<version>`: of two writers
 * moving the same version, one wins; the other finds the winner's intent, completes it and
 * gets `TASK.STALE` unless it asked for the same stage (its own retry).
 */
export const moveTask = async (
  deps: WorkflowDeps,
  before: Pick<Task, 'version'>,
  move: Omit<TaskMove, 'expectedVersion'>,
  audit: { actor: string; action: string; at: string; data: unknown },
  kind: { name: string; apply: ChangeApplier<WorkflowDeps> } = {
    name: TASK_MOVE_KIND,
    apply: applyTaskMove,
  },
): Promise<Task> => {
  const change: TaskMove = { ...move, expectedVersion: before.version };
  const out = await runChange(
    deps,
    { [kind.name]: kind.apply },
    {
      id: `task/v${move.task.version}`,
      chain: move.task.id,
      kind: kind.name,
      audit: { ...audit, subject: move.task.id },
      change,
    },
  );
  if (out.created) return move.task;
  const theirs = (out.intent.change as TaskMove).task;
  if (out.intent.kind === kind.name && sameMove(theirs, move.task)) return theirs;
  throw new ConflictError(
    'TASK.STALE',
    `task ${move.task.id} moved to ${theirs.stage} meanwhile (version ${theirs.version}); read it again`,
    { field: 'version', rule: 'one move per version', value: before.version },
  );
};

/**
 * An entry that records an event with no other stored change (task.notify, inspection.overdue,
 * task.start), written once per `id` whatever crashes or retries.
 */
export const noteOnce = async (
  deps: WorkflowDeps,
  chain: string,
  id: string,
  audit: AuditInput,
): Promise<AuditEntry | undefined> =>
  (
    await runChange(
      deps,
      { [NOTE_KIND]: noteApplier },
      { id: `note/${id}`, chain, kind: NOTE_KIND, audit, change: null },
    )
  ).entry;

export const allPages = async <T>(read: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> => {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor === undefined ? { limit: 1000 } : { limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return out;
};

export const getTask = async (deps: Pick<WorkflowDeps, 'tasks'>, taskId: string): Promise<Task> =>
  found(await deps.tasks.get(taskId), 'TASK.NOT_FOUND', `task ${taskId}`);

export const save = async (deps: Pick<WorkflowDeps, 'tasks'>, before: Task, after: Task) =>
  deps.tasks.update(after, before.version);

export const loadCalendar = async (deps: Pick<WorkflowDeps, 'calendars'>) =>
  workingDayCalendar(await deps.calendars.list());

export const storedBundle = async (
  deps: Pick<WorkflowDeps, 'bundles'>,
  drawId: string,
): Promise<FrozenBundle> =>
  found(await deps.bundles.get(drawId), 'BUNDLE.NOT_FOUND', `bundle ${drawId}`);
