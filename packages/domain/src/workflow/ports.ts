import type { DrawResult } from '@double-random/draw';
import type { Page, PageRequest } from '../ports';
import type { AuditEntry, AuditInput } from './audit';
import type { CalendarYear } from './calendar';
import type { Commitment } from './commitment';
import type { FrozenBundle, RecentInspection } from './freeze';
import type { Handoff } from './handoff';
import type { PublicResult } from './publication';
import type { InspectionResult } from './result.schema';
import type { Task, TaskStage } from './task.schema';
import type { WitnessCommitmentRecord, WitnessRevealRecord } from './witness';

/**
 * Ports of the inspection workflow, implemented by `packages/store`. Shared contract (as in
 * `../ports.ts`): `get` → undefined when absent; create-once → ConflictError `<ENTITY>.EXISTS`;
 * versioned update → ConflictError `<ENTITY>.STALE`; pages in a stable order.
 *
 * Write-once records with idempotent retries (`put…Once`): writing a record whose key is
 * absent stores it; writing the SAME record again (same content) returns the stored one and
 * changes nothing, so a retried Lambda never duplicates; a DIFFERENT record under the same
 * key is a ConflictError (`<ENTITY>.DIFFERENT`) and nothing changes.
 */

export interface TaskRepository {
  get(taskId: string): Promise<Task | undefined>;
  /** ConflictError `TASK.EXISTS` when the id is taken */
  create(task: Task): Promise<void>;
  /** `task.version` = expectedVersion + 1; else ConflictError `TASK.STALE` */
  update(task: Task, expectedVersion: number): Promise<void>;
  /**
   * tasks of a year by id, one index Query per page; `descending` reads from the highest id
   * (within a department, the newest task first)
   */
  listByYear(
    year: number,
    page: PageRequest,
    order?: { descending?: boolean },
  ): Promise<Page<Task>>;
  /** tasks in a stage by id (the state machine's router and the office's watch list) */
  listByStage(stage: TaskStage, page: PageRequest): Promise<Page<Task>>;
}

/**
 * Frozen bundles are large: a content-addressed blob (sha256 of the canonical JSON the store
 * writes) with the header keeping key and digest. Write-once per drawId, idempotent.
 */
export interface BundleStore {
  /** ConflictError `BUNDLE.DIFFERENT` for a different bundle under the same drawId */
  putOnce(drawId: string, bundle: FrozenBundle): Promise<{ sha256: string }>;
  get(drawId: string): Promise<FrozenBundle | undefined>;
}

export interface CommitmentStore {
  /** write-once per taskId; returns the stored record; `COMMITMENT.DIFFERENT` when it differs */
  putOnce(commitment: Commitment): Promise<Commitment>;
  get(taskId: string): Promise<Commitment | undefined>;
}

/**
 * Witnesses of a commit–reveal (docs/entropy.md): one SHA-256 and one reveal per task and
 * witness, each write-once. The same record again (same hash, same reveal) returns the stored
 * one; another value is a ConflictError (`WITNESS.COMMITMENT_EXISTS`, `WITNESS.REVEAL_EXISTS`).
 */
export interface WitnessStore {
  putCommitment(record: WitnessCommitmentRecord): Promise<WitnessCommitmentRecord>;
  putReveal(record: WitnessRevealRecord): Promise<WitnessRevealRecord>;
  /** by witness id */
  listCommitments(taskId: string): Promise<WitnessCommitmentRecord[]>;
  /** by witness id */
  listReveals(taskId: string): Promise<WitnessRevealRecord[]>;
}

/** The draw record of spec §7 step 2: bundle digests, entropy, result. */
export interface DrawRecord {
  drawId: string;
  taskId: string;
  department: string;
  entropy: string;
  result: DrawResult;
  at: string;
}

export interface DrawStore {
  /**
   * Write-once per drawId; the same record again (compared on drawId, entropy and
   * result.resultDigest) returns the stored one; a different one: `DRAW.DIFFERENT`.
   */
  putOnce(record: DrawRecord): Promise<DrawRecord>;
  get(drawId: string): Promise<DrawRecord | undefined>;
  listByTask(taskId: string): Promise<DrawRecord[]>;
}

/** One team for one target in one draw (a selected or a reserve target). */
export interface TaskAssignment {
  taskId: string;
  drawId: string;
  department: string;
  target: string;
  stratum: string;
  role: 'selected' | 'reserve';
  members: string[];
  leader: string | null;
  status: 'filled' | 'unfilled';
  /** set once on a reserve when it replaces a gone target */
  replaces?: string;
  activatedAt?: string;
}

export interface AssignmentRepository {
  /** idempotent per (drawId, target): an identical assignment again changes nothing */
  putAll(assignments: TaskAssignment[]): Promise<void>;
  listByTask(taskId: string): Promise<TaskAssignment[]>;
  /** one target's assignment in one draw of the task */
  get(taskId: string, drawId: string, target: string): Promise<TaskAssignment | undefined>;
  /**
   * Marks a reserve as replacing `replaces`, once: the same call again is a no-op; a
   * different `replaces` for the same reserve is a ConflictError `ASSIGNMENT.RESERVE_USED`.
   */
  activateReserve(drawId: string, target: string, replaces: string, at: string): Promise<void>;
}

/**
 * The assignments of one target across all tasks and draws, by task id then draw id: one
 * index Query per page, so the cost follows the target's draws, not the number of tasks.
 */
export interface AssignmentsOfTarget {
  listByTarget(targetId: string, page: PageRequest): Promise<Page<TaskAssignment>>;
}

export interface ResultRepository {
  /** one result per (taskId, targetId, item): ConflictError `RESULT.EXISTS` */
  create(result: InspectionResult): Promise<void>;
  get(taskId: string, targetId: string, item: string): Promise<InspectionResult | undefined>;
  /**
   * replaces the stored result (publication stamps, recomputed deadlines); a published result
   * is never unpublished or re-dated: ConflictError `RESULT.PUBLISHED`
   */
  put(result: InspectionResult, shown?: PublicationShown): Promise<void>;
  listByTask(taskId: string): Promise<InspectionResult[]>;
  /** one target's results in a task, every item: what settles its inspection */
  listByTarget(taskId: string, targetId: string): Promise<InspectionResult[]>;
  /** results whose publication is still provisional (for recomputation after a schedule load) */
  listProvisional(): Promise<InspectionResult[]>;
}

export interface HandoffRepository {
  /** create-once per (taskId, id): ConflictError `HANDOFF.EXISTS` */
  create(handoff: Handoff): Promise<void>;
  get(taskId: string, id: string): Promise<Handoff | undefined>;
  /** writes the acknowledgement only when none is stored: else `HANDOFF.ALREADY_ACKNOWLEDGED` */
  acknowledge(handoff: Handoff): Promise<void>;
  listByTask(taskId: string): Promise<Handoff[]>;
}

/** One chain per subject area: a task id, or `calendar`. */
export interface AuditLog {
  /** the last entry of the chain, or undefined for an empty chain */
  head(chain: string): Promise<AuditEntry | undefined>;
  /**
   * Appends when the chain's last seq is `entry.seq − 1` (write-once on seq); otherwise a
   * ConflictError `AUDIT.STALE`: someone appended meanwhile, read the head again. `prev`, when
   * given, is entry `seq − 1` as the caller read it from this chain (head, from): entries are
   * write-once, so the store need not read it again to check `prevHash`.
   */
  append(chain: string, entry: AuditEntry, prev?: AuditEntry): Promise<void>;
  /** the chain in seq order */
  read(chain: string, page: PageRequest): Promise<Page<AuditEntry>>;
  /** the entries from seq `seq` (inclusive) to the head, in seq order, read consistently */
  from(chain: string, seq: number): Promise<AuditEntry[]>;
}

/**
 * One change on its way to the store (docs/consistency.md): written before its audit entry and
 * its change, completed after both. The id is deterministic per change, so two writers of the
 * same change meet on one intent.
 */
export interface ChangeIntent {
  /** e.g. `result/<target>/<item>`, `publish/<target>/<item>`, `task/v<version>` */
  id: string;
  /** the audit chain the entry goes to (a task id, `calendar`, `plans:<year>`) */
  chain: string;
  /** which applier makes the change */
  kind: string;
  /** the chain's last seq when the intent was written: its entry can only come after */
  since: number;
  audit: AuditInput;
  /** the full change, as its applier needs it (JSON) */
  change: unknown;
  /** the seq of its entry, once complete */
  seq?: number;
}

export interface IntentStore {
  /** write-once per (chain, id): the stored intent, and whether this call wrote it */
  open(intent: ChangeIntent): Promise<{ stored: ChangeIntent; created: boolean }>;
  get(chain: string, id: string): Promise<ChangeIntent | undefined>;
  /** marks the intent complete with its entry's seq; the same call again changes nothing */
  complete(chain: string, id: string, seq: number): Promise<void>;
  /** the intents of a chain whose ids begin with `prefix` (`publish/`), open or complete */
  listByPrefix(chain: string, prefix: string): Promise<ChangeIntent[]>;
  /** open intents (of one chain, or of all), oldest chain first */
  listOpen(page: PageRequest, chain?: string): Promise<Page<ChangeIntent>>;
}

export interface CalendarStore {
  /** the schedules the office loaded (the shipped ones come from chinese-days) */
  list(): Promise<CalendarYear[]>;
  /** stores or replaces the schedule of `year.year` */
  put(year: CalendarYear): Promise<void>;
}

/** Past inspections for the repeated-inspection exclusion (重复检查), from recorded results. */
export interface InspectionHistory {
  /** inspections of `department`'s targets on any of `items` dated on or after `since` */
  recent(department: string, items: readonly string[], since: string): Promise<RecentInspection[]>;
}

/**
 * The state machine that runs one execution per task (Step Functions in AWS, the embedded
 * engine locally). Callback tokens are opaque strings handed to the task handler of a
 * waiting state; settling one moves that state on.
 */
export interface WorkflowEngine {
  /**
   * Starts the task's execution; the router resumes it at the task's stored stage. The name is
   * deterministic: the first start (`attempt` 0, the default) is named from the task id, a
   * deliberate restart from stored state passes the attempt number it records. Starting a
   * name that already exists answers that execution, so a raced or retried start is one run.
   */
  start(taskId: string, options?: { attempt?: number }): Promise<{ executionId: string }>;
  /**
   * Settles a waiting state with `output`. A token that is unknown, already settled or timed
   * out is ignored: two callers settling the same wait is normal (a result recorded while the
   * waiting state checks for it), and only the first one counts.
   */
  resume(token: string, output: Record<string, unknown>): Promise<void>;
  /** fails a waiting state with an error name and cause (same idempotence as resume) */
  fail(token: string, error: string, cause: string): Promise<void>;
}

/**
 * Where a waiting state is: `entropy` for AwaitEntropy, `result:<drawId>:<target>` for one
 * inspection of the Inspect map. Built with `waitSlot` in the workflow functions.
 */
export interface WaitingToken {
  taskId: string;
  slot: string;
  token: string;
  at: string;
}

/** The callback tokens of a task's waiting states, so an API call can settle them. */
export interface WorkflowTokenStore {
  /** stores or replaces the token of a slot (a restarted execution waits with a new one) */
  put(waiting: WaitingToken): Promise<void>;
  get(taskId: string, slot: string): Promise<WaitingToken | undefined>;
  listByTask(taskId: string): Promise<WaitingToken[]>;
  /** removes the slot's token only when it is still `token` */
  remove(taskId: string, slot: string, token: string): Promise<void>;
}

/**
 * A published result as the public search keeps it: the public record (no inspectors,
 * evidence, notes or warning-only penalty) with the publication instant and the year.
 */
/**
 * What a publication shows of the item and the target, as the directories held them when it
 * was asked for: carried in the publication's intent, so the public record and its events show
 * what the publisher read (a result put without it reads the directories when it is stored).
 */
export interface PublicationShown {
  itemName: string;
  target: { name: string; uscc?: string; town?: string };
}

export interface PublishedResultEntry {
  year: number;
  department: string;
  /** the item code (`result.item` is its name) */
  item: string;
  /** how it was inspected: desk-review, on-site, online-monitoring, third-party */
  method: string;
  publishedAt: string;
  /** the target's town, from its directory entry at publication */
  town?: string;
  result: PublicResult;
}

/**
 * Published results for the public (`GET /results?q=`, `GET /targets/{id}/results`). The
 * store fills it when a result is stored with `publication.publishedAt` set
 * (`ResultRepository.put`), reading the target's name and USCC from the directory then;
 * the first publication of a result stands. Every listing is one index Query per page.
 */
export interface PublicResultIndex {
  /**
   * Without `q`: all, newest first. `q` an 18-character 统一社会信用代码: that enterprise's,
   * newest first. Otherwise `q` is the beginning of an enterprise name: matching names in
   * name order, each name's results newest first.
   */
  search(query: { q?: string } & PageRequest): Promise<Page<PublishedResultEntry>>;
  /** one enterprise's published results, newest first */
  listByTarget(targetId: string, page: PageRequest): Promise<Page<PublishedResultEntry>>;
  /** the published records of these results (one batch read); unpublished ones are left out */
  getMany?(
    results: readonly { taskId: string; targetId: string; item: string }[],
  ): Promise<PublishedResultEntry[]>;
}
