import type { DrawOptions } from '@double-random/draw';
import type { Actor } from '../actor';
import { isDomainError } from '../errors';
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
import { type AuditEntry, type AuditInput, appendEntry } from './audit';
import { workingDayCalendar } from './calendar';
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
  clock: Clock;
  /** e.g. node:crypto's SHA-256 for large pools on Lambda; @noble/hashes otherwise */
  drawOptions?: DrawOptions;
}

export type Cmd<T = object> = { actor: Actor } & T;

/**
 * Appends to a chain; a concurrent append (AUDIT.STALE) is retried on the new head: the
 * entry's content does not depend on its position, only its seq and prevHash do.
 */
export const recordAudit = async (
  audit: AuditLog,
  chain: string,
  input: AuditInput,
): Promise<AuditEntry> => {
  for (let attempt = 0; ; attempt++) {
    const entry = appendEntry(await audit.head(chain), input);
    try {
      await audit.append(chain, entry);
      return entry;
    } catch (e) {
      if (!(isDomainError(e) && e.code === 'AUDIT.STALE') || attempt >= 4) throw e;
    }
  }
};

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
