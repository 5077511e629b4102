import { ValidationError } from '@double-random/domain';
import { z } from 'zod';
import { STORE_CODES } from './errors';

/**
 * Every key of the table is built and parsed here, and nowhere else.
 *
 * Keys are `#`-separated segments. Ids and codes may themselves contain `#` (the draw
 * code alphabet allows it), so a value segment is escaped (`%` → `%25`, `#` → `%23`):
 * splitting on `#` is then always unambiguous and a prefix such as `TARGET#<id>#` never
 * matches another id. Numbers are zero-padded to a fixed width and times are ISO-8601 in
 * UTC with milliseconds, so that the string order of sort keys is the natural order.
 */

const SEP = '#';
export const VERSION_WIDTH = 9;
export const SEQUENCE_WIDTH = 9;
/** Leaf indices and tree sizes of the audit log: room for 10^12 entries. */
export const AUDIT_LOG_WIDTH = 12;

const invalid = (field: string, rule: string, value: unknown): ValidationError =>
  new ValidationError(STORE_CODES.keySegmentInvalid, `${field}: ${rule}`, { field, rule, value });

/** Escapes one value for use as a key segment; empty values are refused. */
export const encodeSegment = (value: string, field = 'key'): string => {
  if (typeof value !== 'string' || value.length === 0) {
    throw invalid(field, 'a key segment must be a non-empty string', value);
  }
  return value.replaceAll('%', '%25').replaceAll('#', '%23');
};

export const decodeSegment = (segment: string): string =>
  segment.replaceAll('%23', '#').replaceAll('%25', '%');

/** A non-negative integer, zero-padded to `width` digits; refuses what would not fit. */
export const padNumber = (n: number, width: number, field = 'number'): string => {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw invalid(field, 'must be a non-negative integer', n);
  }
  const s = String(n);
  if (s.length > width) throw invalid(field, `must have at most ${width} digits`, n);
  return s.padStart(width, '0');
};

const parsePadded = (s: string | undefined, width: number): number | undefined =>
  s !== undefined && s.length === width && /^\d+$/.test(s) ? Number(s) : undefined;

const yearSegment = (year: number): string => {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw invalid('year', 'must be a four-digit year', year);
  }
  return String(year);
};
const parseYear = (s: string | undefined): number | undefined => parsePadded(s, 4);

/** An instant as ISO-8601 UTC with milliseconds (`2026-03-01T02:00:00.000Z`), fixed width. */
export const isoTime = (instant: string | Date): string => {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  const ms = d.getTime();
  if (typeof instant === 'string' && !/^\d{4}-\d{2}-\d{2}T/.test(instant)) {
    throw invalid('time', 'must be an ISO-8601 instant', instant);
  }
  if (Number.isNaN(ms)) throw invalid('time', 'must be an ISO-8601 instant', instant);
  return d.toISOString();
};

const join = (...segments: string[]): string => segments.join(SEP);

export interface TableKey {
  pk: string;
  sk: string;
}
export interface Gsi1Key {
  gsi1pk: string;
  gsi1sk: string;
}
export interface Gsi2Key {
  gsi2pk: string;
  gsi2sk: string;
}

/** Directory entries kept in a department's partition. */
export type DirectoryKind = 'target' | 'inspector' | 'item';
const DIRECTORY_LABEL = { target: 'TARGET', inspector: 'INSPECTOR', item: 'ITEM' } as const;
const DIRECTORY_LIST = { target: 'TARGETS', inspector: 'INSPECTORS', item: 'ITEMS' } as const;
const HISTORY = 'HISTORY';

export type EntryStatus = 'active' | 'inactive';

const status = (s: EntryStatus): string => {
  if (s !== 'active' && s !== 'inactive') throw invalid('status', 'active or inactive', s);
  return s;
};

/** Partition keys. */
export const partitions = {
  department: (dept: string): string => join('DEPT', encodeSegment(dept, 'department')),
  plans: (year: number): string => join('PLAN', yearSegment(year)),
  task: (taskId: string): string => join('TASK', encodeSegment(taskId, 'taskId')),
  /** A draw's own partition: its frozen bundle and the write-once draw record, by drawId. */
  draw: (drawId: string): string => join('DRAW', encodeSegment(drawId, 'drawId')),
  /** The loaded holiday schedules and the `calendar` audit chain. */
  calendar: (): string => 'CALENDAR',
  /** every notification of the district, by id */
  outbox: (): string => 'OUTBOX',
  /** every exchange event with the provincial platform, by id (docs/exchange.md) */
  exchange: (): string => 'EXCHANGE',
  /** The state machine's callback tokens of one task: one Query lists its waits. */
  workflowTokens: (taskId: string): string => join('WFTOKEN', encodeSegment(taskId, 'taskId')),
  /** The district-wide audit log (docs/audit-log.md): leaves, nodes, checkpoints, chains. */
  auditLog: (): string => 'AUDITLOG',
  /** Which leaves hold one chain's entries: one Query lists them in seq order. */
  auditLogChain: (chain: string): string =>
    join('AUDITLOG', 'CHAIN', encodeSegment(chain, 'chain')),
  /**
   * An audit chain: a task's chain lives in its task folder, `calendar` in CALENDAR, a plan's
   * (`plan:<year>:<dept>`) in its own partition.
   */
  auditChain: (chain: string): string =>
    chain === 'calendar'
      ? partitions.calendar()
      : chain.startsWith('plan:')
        ? partitions.planChain(chain.slice('plan:'.length))
        : chain.startsWith('case:')
          ? partitions.caseFolder(chain.slice('case:'.length))
          : partitions.task(chain),
  /** A plan's audit chain (`plan:<year>:<dept>`) and the intents of its steps. */
  planChain: (yearAndDepartment: string): string =>
    join('PLANCHAIN', encodeSegment(yearAndDepartment, 'plan')),
  /** A case inspection (个案): its record, publication, intents and its chain `case:<id>`. */
  caseFolder: (caseId: string): string => join('CASE', encodeSegment(caseId, 'caseId')),
  /** The public read model of one task (docs/public-views.md): derived, rebuilt at will. */
  publicView: (taskId: string): string => join('VIEW', encodeSegment(taskId, 'taskId')),
};

const directoryEntry = (kind: DirectoryKind, dept: string, id: string): TableKey => ({
  pk: partitions.department(dept),
  sk: join(DIRECTORY_LABEL[kind], encodeSegment(id, `${kind}Id`)),
});

/**
 * History entries sort apart from current entries (`HISTORY#TARGET#…`), so listing a
 * department's current targets by `TARGET#` never reads their history.
 */
const directoryHistory = (
  kind: DirectoryKind,
  dept: string,
  id: string,
  version: number,
): TableKey => ({
  pk: partitions.department(dept),
  sk: join(
    HISTORY,
    DIRECTORY_LABEL[kind],
    encodeSegment(id, `${kind}Id`),
    padNumber(version, VERSION_WIDTH, 'version'),
  ),
});

const taskItem = (taskId: string, ...sk: string[]): TableKey => ({
  pk: partitions.task(taskId),
  sk: join(...sk),
});

/** Table keys (pk + sk) of every kind of item. */
export const keys = {
  target: (dept: string, targetId: string) => directoryEntry('target', dept, targetId),
  targetHistory: (dept: string, targetId: string, version: number) =>
    directoryHistory('target', dept, targetId, version),
  inspector: (dept: string, inspectorId: string) => directoryEntry('inspector', dept, inspectorId),
  inspectorHistory: (dept: string, inspectorId: string, version: number) =>
    directoryHistory('inspector', dept, inspectorId, version),
  item: (dept: string, itemCode: string) => directoryEntry('item', dept, itemCode),
  itemHistory: (dept: string, itemCode: string, version: number) =>
    directoryHistory('item', dept, itemCode, version),

  /** A department's plan for a year, in the year's partition so one Query consolidates. */
  plan: (year: number, dept: string): TableKey => ({
    pk: partitions.plans(year),
    sk: join('DEPT', encodeSegment(dept, 'department')),
  }),
  planHistory: (year: number, dept: string, version: number): TableKey => ({
    pk: partitions.plans(year),
    sk: join(
      HISTORY,
      'DEPT',
      encodeSegment(dept, 'department'),
      padNumber(version, VERSION_WIDTH, 'version'),
    ),
  }),
  districtPlan: (year: number): TableKey => ({ pk: partitions.plans(year), sk: 'DISTRICT' }),

  /** A case inspection's record; its publication items beside it (one per public index). */
  caseRecord: (caseId: string): TableKey => ({ pk: partitions.caseFolder(caseId), sk: 'CASE' }),
  casePublication: (caseId: string, what: 'RESULT' | 'FINDER' | 'YEAR'): TableKey => ({
    pk: partitions.caseFolder(caseId),
    sk: join('PUBLIC', what),
  }),

  /** A task's public view as GET /tasks/{id} answers it. */
  publicTaskView: (taskId: string): TableKey => ({
    pk: partitions.publicView(taskId),
    sk: 'DETAIL',
  }),
  /**
   * A year's public task list: every task's summary of that year in one item, kept beside
   * the summaries (GET /tasks?year= reads it whole; the summaries stand in when it falls
   * behind or outgrows an item).
   */
  publicYearList: (year: number): TableKey => ({
    pk: join('VIEWYEAR', yearSegment(year)),
    sk: 'LIST',
  }),
  /**
   * A year's task versions: every task of the year and the version announced before its
   * header was last written (GET /tasks?year= trusts a list entry built from it).
   */
  publicYearVersions: (year: number): TableKey => ({
    pk: join('VIEWYEAR', yearSegment(year)),
    sk: 'VERSIONS',
  }),
  /** A task's public summary (GET /tasks?year= reads a page of them at once). */
  publicTaskSummary: (taskId: string): TableKey => ({
    pk: partitions.publicView(taskId),
    sk: 'SUMMARY',
  }),

  /** The task folder: one Query on `partitions.task(id)` returns all of a task. */
  taskHeader: (taskId: string) => taskItem(taskId, 'HEADER'),
  commitment: (taskId: string) => taskItem(taskId, 'COMMIT'),
  /** A witness's SHA-256 for a planned task (docs/entropy.md), write-once per witness. */
  witnessCommitment: (taskId: string, witness: string) =>
    taskItem(taskId, 'WCOMMIT', encodeSegment(witness, 'witness')),
  /** A witness's reveal, write-once per witness. */
  witnessReveal: (taskId: string, witness: string) =>
    taskItem(taskId, 'WREVEAL', encodeSegment(witness, 'witness')),

  /* The inspection workflow. A task has several draws (`<taskId>`, `<taskId>.<DEPT>`) and
     one result per target and item, so these keys carry drawId and item. */
  /** The frozen bundle's header (blob sha256 and key), write-once per drawId. */
  drawBundle: (drawId: string): TableKey => ({ pk: partitions.draw(drawId), sk: 'BUNDLE' }),
  /** The draw record's header, write-once per drawId: the authority on "drawn already". */
  drawRecord: (drawId: string): TableKey => ({ pk: partitions.draw(drawId), sk: 'RECORD' }),
  /** The same draw header again in the task folder, so one Query returns all of a task. */
  taskDraw: (taskId: string, drawId: string) =>
    taskItem(taskId, 'DRAW', encodeSegment(drawId, 'drawId')),
  drawAssignment: (taskId: string, drawId: string, targetId: string) =>
    taskItem(
      taskId,
      'ASSIGN',
      encodeSegment(drawId, 'drawId'),
      encodeSegment(targetId, 'targetId'),
    ),
  itemResult: (taskId: string, targetId: string, item: string) =>
    taskItem(taskId, 'RESULT', encodeSegment(targetId, 'targetId'), encodeSegment(item, 'item')),
  /** The public record of a published result, write-once (the first publication stands). */
  itemPublication: (taskId: string, targetId: string, item: string) =>
    taskItem(taskId, 'PUBLISH', encodeSegment(targetId, 'targetId'), encodeSegment(item, 'item')),
  /** A second index item of the same public record: found by USCC and by name. */
  publicationFinder: (taskId: string, targetId: string, item: string) =>
    taskItem(taskId, 'FIND', encodeSegment(targetId, 'targetId'), encodeSegment(item, 'item')),
  /** A handoff under its deterministic id `<targetId>.<item>.<kind>`. */
  handoffById: (taskId: string, handoffId: string) =>
    taskItem(taskId, 'HANDOFF', encodeSegment(handoffId, 'handoffId')),
  chainAudit: (chain: string, seq: number): TableKey => ({
    pk: partitions.auditChain(chain),
    sk: join('AUDIT', padNumber(seq, SEQUENCE_WIDTH, 'seq')),
  }),
  /** A waiting state's callback token, by slot (`entropy`, a result slot); replaced on re-wait. */
  workflowToken: (taskId: string, slot: string): TableKey => ({
    pk: partitions.workflowTokens(taskId),
    sk: encodeSegment(slot, 'slot'),
  }),
  /** A change's intent (docs/consistency.md), in its chain's partition, write-once per id. */
  changeIntent: (chain: string, id: string): TableKey => ({
    pk: partitions.auditChain(chain),
    sk: join('INTENT', encodeSegment(id, 'intent')),
  }),
  /** Leaves `start`… of the audit log as one sequencing step, write-once: the order's authority. */
  auditLogBatch: (start: number): TableKey => ({
    pk: partitions.auditLog(),
    sk: join('BATCH', padNumber(start, AUDIT_LOG_WIDTH, 'start')),
  }),
  /** Written once every item the batch at `start` derives is written. */
  auditLogBatchDone: (start: number): TableKey => ({
    pk: partitions.auditLog(),
    sk: join('DONE', padNumber(start, AUDIT_LOG_WIDTH, 'start')),
  }),
  /** Leaf `index` of the audit log (0-based), derived from its batch. */
  auditLogLeaf: (index: number): TableKey => ({
    pk: partitions.auditLog(),
    sk: join('LEAF', padNumber(index, AUDIT_LOG_WIDTH, 'index')),
  }),
  /** A complete subtree of the audit log (level ≥ 4), write-once, derived from its leaves. */
  auditLogNode: (level: number, index: number): TableKey => ({
    pk: partitions.auditLog(),
    sk: join('NODE', padNumber(level, 2, 'level'), padNumber(index, AUDIT_LOG_WIDTH, 'index')),
  }),
  /** The signed checkpoint of a tree size, write-once (the first signed stands). */
  auditLogCheckpoint: (size: number): TableKey => ({
    pk: partitions.auditLog(),
    sk: join('CHECKPOINT', padNumber(size, AUDIT_LOG_WIDTH, 'size')),
  }),
  /** A chain the sequencer sweeps, registered before its first entry is written. */
  auditLogChainName: (chain: string): TableKey => ({
    pk: partitions.auditLog(),
    sk: join('CHAIN', encodeSegment(chain, 'chain')),
  }),
  /** Entries `firstSeq`… of `chain` are these leaves (one batch's run), derived, write-once. */
  auditLogChainRun: (chain: string, firstSeq: number): TableKey => ({
    pk: partitions.auditLogChain(chain),
    sk: padNumber(firstSeq, SEQUENCE_WIDTH, 'seq'),
  }),
  notification: (id: string): TableKey => ({
    pk: partitions.outbox(),
    sk: join('NOTICE', encodeSegment(id, 'notificationId')),
  }),
  exchangeEvent: (id: string): TableKey => ({
    pk: partitions.exchange(),
    sk: join('EVENT', encodeSegment(id, 'eventId')),
  }),
  calendarYear: (year: number): TableKey => ({
    pk: partitions.calendar(),
    sk: join('YEAR', yearSegment(year)),
  }),
};

/** Sort-key prefixes for `begins_with` queries; each ends with the separator. */
export const prefixes = {
  directory: (kind: DirectoryKind): string => `${DIRECTORY_LABEL[kind]}${SEP}`,
  directoryHistory: (kind: DirectoryKind, id: string): string =>
    `${join(HISTORY, DIRECTORY_LABEL[kind], encodeSegment(id, `${kind}Id`))}${SEP}`,
  plans: (): string => `DEPT${SEP}`,
  planHistory: (dept: string): string =>
    `${join(HISTORY, 'DEPT', encodeSegment(dept, 'department'))}${SEP}`,
  assignments: (): string => `ASSIGN${SEP}`,
  /** the assignments of one draw, in its task's folder */
  drawAssignments: (drawId: string): string =>
    `${join('ASSIGN', encodeSegment(drawId, 'drawId'))}${SEP}`,
  results: (): string => `RESULT${SEP}`,
  /** the results of one target in its task's folder, every item */
  targetResults: (targetId: string): string =>
    `${join('RESULT', encodeSegment(targetId, 'targetId'))}${SEP}`,
  handoffs: (): string => `HANDOFF${SEP}`,
  witnessCommitments: (): string => `WCOMMIT${SEP}`,
  witnessReveals: (): string => `WREVEAL${SEP}`,
  audit: (): string => `AUDIT${SEP}`,
  risk: (riskClass: string): string =>
    `${join('RISK', encodeSegment(riskClass, 'riskClass'))}${SEP}`,
  tasks: (): string => `TASK${SEP}`,
  /** gsi2 of open intents: those of one chain */
  openIntentsOf: (chain: string): string => `${encodeSegment(chain, 'chain')}${SEP}`,
  /** a chain's intents whose ids begin with `idPrefix` (no separator) */
  changeIntents: (idPrefix: string): string =>
    `INTENT${SEP}${idPrefix.replaceAll('%', '%25').replaceAll('#', '%23')}`,
  taskDraws: (): string => `DRAW${SEP}`,
  calendarYears: (): string => `YEAR${SEP}`,
  notifications: (): string => `NOTICE${SEP}`,
  exchangeEvents: (): string => `EVENT${SEP}`,
  auditLogBatches: (): string => `BATCH${SEP}`,
  auditLogCheckpoints: (): string => `CHECKPOINT${SEP}`,
  auditLogChains: (): string => `CHAIN${SEP}`,
  /** gsi1 of a department's inspections: those dated on or after `date` sort at or after it. */
  inspectionsFrom: (date: string): string => encodeSegment(date, 'date'),
  /** gsi2 of published results by name: names beginning with `namePrefix` (no separator). */
  publicName: (namePrefix: string): string => encodeSegment(namePrefix, 'name'),
};

/** GSI partition values, for queries. */
export const indexPartitions = {
  /** gsi1: notifications in a delivery status, by next attempt (pending) or creation. */
  notificationsInStatus: (status: string): string =>
    join('OUTBOX', 'STATUS', encodeSegment(status, 'status')),
  /** gsi1: exchange events with a receipt status, by next attempt (pending) or creation. */
  exchangeInStatus: (status: string): string =>
    join('EXCHANGE', 'STATUS', encodeSegment(status, 'status')),
  /** gsi2: the notifications a department's channel carries, by creation. */
  notificationsOfDepartment: (dept: string): string =>
    join('OUTBOX', 'DEPT', encodeSegment(dept, 'department')),
  /** gsi1: a department's targets/inspectors/items with a given status. */
  directoryByStatus: (kind: DirectoryKind, dept: string, s: EntryStatus): string =>
    join(partitions.department(dept), DIRECTORY_LIST[kind], status(s)),
  /** gsi1: a department's cases received in a year, by date received. */
  casesOfDepartment: (dept: string, year: number): string =>
    join('CASES', encodeSegment(dept, 'department'), yearSegment(year)),
  /** gsi2: a year's published cases, by publication. */
  publishedCasesOfYear: (year: number): string => join('PUBLIC', 'CASES', yearSegment(year)),
  /** gsi2: a year's tasks, by id. */
  tasksOfYear: (year: number): string => join('TASKS', yearSegment(year)),
  /** gsi1: every task a target was assigned in (an enterprise checks its own inclusion). */
  tasksOfTarget: (targetId: string): string =>
    join('TARGET', encodeSegment(targetId, 'targetId'), 'TASKS'),
  /** gsi2: what the public may read. */
  publishedPlans: (year: number): string => join('PUBLIC', 'PLANS', yearSegment(year)),
  /** gsi1: tasks in a stage, by id, across years (the state machine's router). */
  tasksInStage: (stage: string): string => join('TASKS', 'STAGE', encodeSegment(stage, 'stage')),
  /** gsi1: a department's recorded inspections by date (the repeated-inspection exclusion). */
  inspectionsOfDepartment: (dept: string): string =>
    join(partitions.department(dept), 'INSPECTIONS'),
  /** gsi2: results with an unpublished provisional deadline (sparse). */
  provisionalResults: (): string => join('RESULTS', 'PROVISIONAL'),
  /** gsi2: changes whose intent is not complete yet (sparse), by chain and id. */
  openIntents: (): string => join('INTENTS', 'OPEN'),
  /** gsi2: every published result, by publication time. */
  allPublishedResults: (): string => join('PUBLIC', 'RESULTS'),
  /** gsi1: one enterprise's published results, by publication time. */
  publishedResultsOfTarget: (targetId: string): string =>
    join('PUBLIC', 'TARGET', encodeSegment(targetId, 'targetId'), 'RESULTS'),
  /** gsi1: published results of one 统一社会信用代码, by publication time. */
  publishedResultsOfUscc: (uscc: string): string =>
    join('PUBLIC', 'USCC', encodeSegment(uscc, 'uscc'), 'RESULTS'),
  /** gsi2: published results by enterprise name (prefix search). */
  publishedResultNames: (): string => join('PUBLIC', 'RESULTS', 'NAMES'),
};

const resultTail = (taskId: string, targetId: string, item: string): string =>
  join(
    'TASK',
    encodeSegment(taskId, 'taskId'),
    'TARGET',
    encodeSegment(targetId, 'targetId'),
    'ITEM',
    encodeSegment(item, 'item'),
  );

/** Later instants sort first: 13 digits of (10^13 − 1 − epoch ms). */
const newestFirst = (instant: string | Date): string =>
  padNumber(9_999_999_999_999 - new Date(isoTime(instant)).getTime(), 13, 'time');

/** GSI attributes to store on items so they appear in the listings above. */
export const indexKeys = {
  /** gsi2 `INTENTS#OPEN` · `<chain>#<id>`: removed when the intent completes. */
  openIntent: (chain: string, id: string): Gsi2Key => ({
    gsi2pk: indexPartitions.openIntents(),
    gsi2sk: join(encodeSegment(chain, 'chain'), encodeSegment(id, 'intent')),
  }),
  /** gsi1pk `DEPT#<d>#TARGETS#active`, gsi1sk `RISK#<c>#<id>`: the pool of a stratum. */
  targetByStatus: (dept: string, s: EntryStatus, riskClass: string, targetId: string): Gsi1Key => ({
    gsi1pk: indexPartitions.directoryByStatus('target', dept, s),
    gsi1sk: `${prefixes.risk(riskClass)}${encodeSegment(targetId, 'targetId')}`,
  }),
  inspectorByStatus: (dept: string, s: EntryStatus, inspectorId: string): Gsi1Key => ({
    gsi1pk: indexPartitions.directoryByStatus('inspector', dept, s),
    gsi1sk: join('INSPECTOR', encodeSegment(inspectorId, 'inspectorId')),
  }),
  itemByStatus: (dept: string, s: EntryStatus, itemCode: string): Gsi1Key => ({
    gsi1pk: indexPartitions.directoryByStatus('item', dept, s),
    gsi1sk: join('ITEM', encodeSegment(itemCode, 'itemCode')),
  }),
  publishedPlan: (year: number, dept: string): Gsi2Key => ({
    gsi2pk: indexPartitions.publishedPlans(year),
    gsi2sk: join('DEPT', encodeSegment(dept, 'department')),
  }),
  taskInStage: (stage: string, taskId: string): Gsi1Key => ({
    gsi1pk: indexPartitions.tasksInStage(stage),
    gsi1sk: join('TASK', encodeSegment(taskId, 'taskId')),
  }),
  /** gsi2 `TASKS#<year>` · `TASK#<id>`: a year's tasks by id. */
  taskOfYear: (year: number, taskId: string): Gsi2Key => ({
    gsi2pk: indexPartitions.tasksOfYear(year),
    gsi2sk: join('TASK', encodeSegment(taskId, 'taskId')),
  }),
  /** gsi1 of an assignment: every draw a target was in, by task and draw. */
  drawsOfTarget: (targetId: string, taskId: string, drawId: string): Gsi1Key => ({
    gsi1pk: indexPartitions.tasksOfTarget(targetId),
    gsi1sk: join('TASK', encodeSegment(taskId, 'taskId'), 'DRAW', encodeSegment(drawId, 'drawId')),
  }),
  inspection: (
    dept: string,
    date: string,
    taskId: string,
    targetId: string,
    item: string,
  ): Gsi1Key => ({
    gsi1pk: indexPartitions.inspectionsOfDepartment(dept),
    gsi1sk: join(encodeSegment(date, 'date'), resultTail(taskId, targetId, item)),
  }),
  provisionalResult: (taskId: string, targetId: string, item: string): Gsi2Key => ({
    gsi2pk: indexPartitions.provisionalResults(),
    gsi2sk: resultTail(taskId, targetId, item),
  }),
  caseOfDepartment: (dept: string, year: number, receivedOn: string, caseId: string): Gsi1Key => ({
    gsi1pk: indexPartitions.casesOfDepartment(dept, year),
    gsi1sk: join(encodeSegment(receivedOn, 'receivedOn'), encodeSegment(caseId, 'caseId')),
  }),
  publishedCase: (year: number, publishedAt: string, caseId: string): Gsi2Key => ({
    gsi2pk: indexPartitions.publishedCasesOfYear(year),
    gsi2sk: join(isoTime(publishedAt), encodeSegment(caseId, 'caseId')),
  }),
  publicResult: (publishedAt: string, taskId: string, targetId: string, item: string): Gsi2Key => ({
    gsi2pk: indexPartitions.allPublishedResults(),
    gsi2sk: join(isoTime(publishedAt), resultTail(taskId, targetId, item)),
  }),
  publicResultOfTarget: (
    publishedAt: string,
    taskId: string,
    targetId: string,
    item: string,
  ): Gsi1Key => ({
    gsi1pk: indexPartitions.publishedResultsOfTarget(targetId),
    gsi1sk: join(isoTime(publishedAt), resultTail(taskId, targetId, item)),
  }),
  publicResultOfUscc: (
    uscc: string,
    publishedAt: string,
    taskId: string,
    targetId: string,
    item: string,
  ): Gsi1Key => ({
    gsi1pk: indexPartitions.publishedResultsOfUscc(uscc),
    gsi1sk: join(isoTime(publishedAt), resultTail(taskId, targetId, item)),
  }),
  /** By name, then newest first within one name. */
  publicResultByName: (
    name: string,
    publishedAt: string,
    taskId: string,
    targetId: string,
    item: string,
  ): Gsi2Key => ({
    gsi2pk: indexPartitions.publishedResultNames(),
    gsi2sk: join(
      encodeSegment(name, 'name'),
      newestFirst(publishedAt),
      resultTail(taskId, targetId, item),
    ),
  }),
};

export type ParsedKey =
  | { entity: DirectoryKind; dept: string; id: string }
  | { entity: `${DirectoryKind}-history`; dept: string; id: string; version: number }
  | { entity: 'plan'; year: number; dept: string }
  | { entity: 'plan-history'; year: number; dept: string; version: number }
  | { entity: 'district-plan'; year: number }
  | { entity: 'task-header' | 'commitment'; taskId: string }
  | { entity: 'audit'; taskId: string; seq: number };

const LABEL_KIND: Partial<Record<string, DirectoryKind>> = Object.assign(Object.create(null), {
  TARGET: 'target',
  INSPECTOR: 'inspector',
  ITEM: 'item',
});

const parseDepartmentSk = (dept: string, s: string[]): ParsedKey | undefined => {
  const [a, b, c, d, ...rest] = s;
  if (rest.length > 0 || a === undefined) return undefined;
  const kind = LABEL_KIND[a];
  if (kind && b !== undefined && c === undefined) {
    return { entity: kind, dept, id: decodeSegment(b) };
  }
  const historyKind = b === undefined ? undefined : LABEL_KIND[b];
  const version = parsePadded(d, VERSION_WIDTH);
  if (a === HISTORY && historyKind && c !== undefined && version !== undefined) {
    return { entity: `${historyKind}-history`, dept, id: decodeSegment(c), version };
  }
  return undefined;
};

const parsePlansSk = (year: number, s: string[]): ParsedKey | undefined => {
  const [a, b, c, d, ...rest] = s;
  if (rest.length > 0) return undefined;
  if (a === 'DISTRICT' && b === undefined) return { entity: 'district-plan', year };
  if (a === 'DEPT' && b !== undefined && c === undefined) {
    return { entity: 'plan', year, dept: decodeSegment(b) };
  }
  const version = parsePadded(d, VERSION_WIDTH);
  if (a === HISTORY && b === 'DEPT' && c !== undefined && version !== undefined) {
    return { entity: 'plan-history', year, dept: decodeSegment(c), version };
  }
  return undefined;
};

const TASK_SINGLETONS = { HEADER: 'task-header', COMMIT: 'commitment' } as const;

const parseTaskSk = (taskId: string, s: string[]): ParsedKey | undefined => {
  const [a, b, c, ...rest] = s;
  if (rest.length > 0 || a === undefined) return undefined;
  if (Object.hasOwn(TASK_SINGLETONS, a) && b === undefined) {
    return { entity: TASK_SINGLETONS[a as keyof typeof TASK_SINGLETONS], taskId };
  }
  const auditSeq = parsePadded(b, SEQUENCE_WIDTH);
  if (a === 'AUDIT' && auditSeq !== undefined && c === undefined) {
    return { entity: 'audit', taskId, seq: auditSeq };
  }
  return undefined;
};

/** Reads a table key back into what it names; `undefined` for keys this module never builds. */
export const parseKey = (key: TableKey): ParsedKey | undefined => {
  const [kind, value, ...extra] = key.pk.split(SEP);
  if (value === undefined || value === '' || extra.length > 0) return undefined;
  const sk = key.sk.split(SEP);
  if (sk.some((s) => s === '')) return undefined;
  switch (kind) {
    case 'DEPT':
      return parseDepartmentSk(decodeSegment(value), sk);
    case 'PLAN': {
      const year = parseYear(value);
      return year === undefined ? undefined : parsePlansSk(year, sk);
    }
    case 'TASK':
      return parseTaskSk(decodeSegment(value), sk);
    default:
      return undefined;
  }
};

/* ------------------------------------------------------------------ cursors */

const MAX_CURSOR_LENGTH = 4096;
const CursorSchema = z.record(z.string(), z.string().min(1).max(2048));

const cursorInvalid = (reason: string): ValidationError =>
  new ValidationError(STORE_CODES.cursorInvalid, `cursor: ${reason}`, {
    field: 'cursor',
    rule: 'a cursor must be one returned by the previous page of the same listing',
  });

/** An opaque page cursor: the LastEvaluatedKey as base64url JSON. */
export const encodeCursor = (lastEvaluatedKey: Record<string, unknown>): string =>
  Buffer.from(JSON.stringify(lastEvaluatedKey), 'utf8').toString('base64url');

export interface CursorExpectation {
  /** exactly the key attributes a LastEvaluatedKey of this listing holds */
  attributes: readonly string[];
  /** the partition attribute and the value the listing queries */
  partition: { name: string; value: string };
  /** the sort attribute and a check that its value lies within the listing's range */
  sort?: { name: string; accepts: (value: string) => boolean };
}

/**
 * Decodes a cursor from a caller and checks that it can only continue the listing it
 * came from: same key attributes, same partition, sort value within the listing's range.
 * A forged cursor therefore cannot open another department's or task's partition.
 */
export const decodeCursor = (cursor: string, expect: CursorExpectation): Record<string, string> => {
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) {
    throw cursorInvalid('wrong length');
  }
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw cursorInvalid('not base64url');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw cursorInvalid('not readable');
  }
  const parsed = CursorSchema.safeParse(json);
  if (!parsed.success) throw cursorInvalid('not a key');
  const key = parsed.data;
  const names = Object.keys(key).sort();
  const wanted = [...expect.attributes].sort();
  if (names.length !== wanted.length || names.some((n, i) => n !== wanted[i])) {
    throw cursorInvalid('not a key of this listing');
  }
  if (key[expect.partition.name] !== expect.partition.value) {
    throw cursorInvalid('belongs to another listing');
  }
  const sortValue = expect.sort ? key[expect.sort.name] : undefined;
  if (expect.sort && (sortValue === undefined || !expect.sort.accepts(sortValue))) {
    throw cursorInvalid('outside this listing');
  }
  return key;
};
