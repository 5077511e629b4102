import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '@double-random/domain';
import { ValidationError } from '@double-random/domain';
import type { BlobStore } from '../../blob-store';
import { STORE_CODES } from '../../errors';
import { decodeCursor, indexKeys, keys } from '../../keys';
import { KEY_ATTRIBUTES } from '../../table';
import {
  batchGetAll,
  cursorExpectation,
  getItem,
  isConditionFailure,
  MAX_PAGE_LIMIT,
  type StoredItem,
  type TableRef,
} from '../../table-operations';
import { cursorAfterItem, pageLookingAhead } from './support';
import {
  completeYearTaskVersions,
  isTooLarge,
  updateCreatingItem,
  yearTaskQuery,
  yearTaskSortKey,
  yearTaskVersionsOf,
} from './year-task-versions';

/**
 * A task's public view as stored: what the public API answers, built from the source records
 * when the task changes (docs/public-views.md). The store does not look inside `summary` and
 * `detail`; `sourceVersion` is the task header's version the view was built from.
 */
export interface StoredTaskView {
  taskId: string;
  year: number;
  sourceVersion: number;
  builtAt: string;
  summary: Record<string, unknown>;
  detail: Record<string, unknown>;
  /** what a reader needs beside the detail, kept apart so the detail is served as stored */
  overlay?: Record<string, unknown>;
}

/** A stored detail as text, with its overlay: answered without parsing the detail. */
export interface StoredTaskViewText {
  sourceVersion: number;
  detailText: string;
  overlay?: Record<string, unknown>;
}

/** A task of a page of GET /tasks?year=, as the store reads it. */
export interface YearTaskEntry {
  taskId: string;
  /** the task header's version */
  version: number;
  /** the summary stored for the task, as JSON text, and the task version it was built from */
  stored?: { sourceVersion: number; summaryText: string };
}

/**
 * The public read model of tasks: per task a detail item (or blob) and a small summary item,
 * so a task is one read and a page of a year's summaries one batch read.
 */
export interface PublicViewStore {
  /** Writes the view unless a view built from a later task version is stored already. */
  put(view: StoredTaskView): Promise<'written' | 'newer-kept'>;
  /** the detail as stored (its summary is read with the listing) */
  get(taskId: string): Promise<Omit<StoredTaskView, 'summary'> | undefined>;
  /**
   * A task's stored detail and the task header's current version, in one batch read:
   * `view` is undefined when none is stored, `version` when the task does not exist.
   */
  readTask(taskId: string): Promise<{ view?: StoredTaskViewText; version?: number }>;
  /**
   * A page of a year's tasks by id, highest first, with each task's current version and the
   * summary stored for it (its JSON text) with the version it was built from. Read from the
   * year's list and task versions (one batch read), else through the task index
   * (docs/public-views.md); the cursor is the task index's either way.
   */
  readYear(year: number, page: PageRequest): Promise<Page<YearTaskEntry>>;
  /**
   * Adds the year's tasks written before task versions were announced to the year's task
   * versions, so its list is read without the task index; false when the year overflowed.
   */
  completeYear(year: number): Promise<boolean>;
  /** the stored summaries of these tasks, with the task version each was built from */
  getSummaries(
    taskIds: readonly string[],
  ): Promise<Map<string, { sourceVersion: number; summary: Record<string, unknown> }>>;
}

// DynamoDB items stop at 400 KB: a detail above this goes to the blob store, keyed by hash.
const INLINE_LIMIT = 300_000;

/**
 * An older build finishing late never replaces a newer one; the same version may (a
 * witness's reveal changes the view, not the task header).
 */
const putUnlessNewer = async (table: TableRef, item: StoredItem): Promise<boolean> => {
  try {
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(#pk) OR #v <= :v',
        ExpressionAttributeNames: { '#pk': KEY_ATTRIBUTES.pk, '#v': 'sourceVersion' },
        ExpressionAttributeValues: { ':v': item.sourceVersion },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailure(e)) return false;
    throw e;
  }
};

/** A stored detail item's text; undefined when its blob is gone. */
const detailTextOf = async (
  item: StoredItem,
  blobs: BlobStore | undefined,
): Promise<string | undefined> => {
  if (typeof item.detail === 'string') return item.detail;
  const bytes = blobs ? await blobs.getBlob(String(item.detailBlob)) : undefined;
  return bytes ? Buffer.from(bytes).toString('utf8') : undefined;
};

const overlayOf = (item: StoredItem) =>
  typeof item.overlay === 'string'
    ? { overlay: JSON.parse(item.overlay) as Record<string, unknown> }
    : {};

/** A stored detail item back into the view; undefined when its blob is gone. */
const detailOf = async (
  item: StoredItem,
  blobs: BlobStore | undefined,
): Promise<Omit<StoredTaskView, 'summary'> | undefined> => {
  const detail = await detailTextOf(item, blobs);
  if (detail === undefined) return undefined;
  return {
    taskId: String(item.taskId),
    year: Number(item.year),
    sourceVersion: Number(item.sourceVersion),
    builtAt: String(item.builtAt),
    detail: JSON.parse(detail) as Record<string, unknown>,
    ...overlayOf(item),
  };
};

/** A summary as stored: a map in the `SUMMARY` item, its JSON text in the year's list. */
type StoredSummary = { sourceVersion: number; summary: Record<string, unknown> };
type ListEntry = { sourceVersion: number; summary: string | Record<string, unknown> };

/** A list entry's summary as JSON text (entries written before 2026-11-29 hold a map). */
const entryText = (entry: ListEntry): string =>
  typeof entry.summary === 'string' ? entry.summary : JSON.stringify(entry.summary);

/** Whether the year list's entry was built from this version of its task. */
const isCurrent = (entry: ListEntry | undefined, version: number): entry is ListEntry =>
  entry !== undefined && Number(entry.sourceVersion) === version;

/**
 * A task's stored summary for the page: the year list's entry when it was built from the
 * task's current version, else the task's own summary item (which the caller checks).
 */
const storedFor = (
  entry: ListEntry | undefined,
  version: number,
  summary?: StoredSummary,
): { sourceVersion: number; summaryText: string } | undefined =>
  isCurrent(entry, version)
    ? { sourceVersion: version, summaryText: entryText(entry) }
    : summary
      ? { sourceVersion: summary.sourceVersion, summaryText: JSON.stringify(summary.summary) }
      : undefined;

/**
 * Puts a task's summary into its year's list item unless a later build is there: one
 * UpdateItem on the task's own entry, so tasks refreshed at once never overwrite each other.
 * The list is a copy for fast reading: when the item is missing it is created; when it would
 * outgrow an item the update fails and is left alone (the summaries stand in for it).
 */
const putInYearList = (table: TableRef, year: number, taskId: string, entry: ListEntry) =>
  updateCreatingItem(
    table,
    () =>
      table.client.send(
        new UpdateCommand({
          TableName: table.tableName,
          Key: keys.publicYearList(year),
          UpdateExpression: 'SET #tasks.#id = :entry',
          ConditionExpression: 'attribute_not_exists(#tasks.#id) OR #tasks.#id.#v <= :v',
          ExpressionAttributeNames: { '#tasks': 'tasks', '#id': taskId, '#v': 'sourceVersion' },
          ExpressionAttributeValues: { ':entry': entry, ':v': entry.sourceVersion },
        }),
      ),
    // the year's first summary: the list item is created holding it
    async () => ({ ...keys.publicYearList(year), year, tasks: { [taskId]: entry } }),
  );

const summariesOf = async (
  table: TableRef,
  taskIds: readonly string[],
): Promise<Map<string, StoredSummary>> => {
  const items = await batchGetAll(
    table,
    taskIds.map((id) => keys.publicTaskSummary(id)),
  );
  return new Map(
    items.map((i) => [
      String(i.taskId),
      { sourceVersion: Number(i.sourceVersion), summary: i.summary as Record<string, unknown> },
    ]),
  );
};

/**
 * The tasks `ids` with their headers' versions and their stored summaries (the list's entry
 * when it was built from that version, else the `SUMMARY` item), in one batch read (strongly
 * consistent: the headers decide); a task without a header is left out.
 */
const currentOf = async (
  table: TableRef,
  ids: readonly string[],
  listed: Record<string, ListEntry>,
): Promise<Map<string, YearTaskEntry>> => {
  const items = await batchGetAll(
    table,
    ids.flatMap((id) => [keys.taskHeader(id), keys.publicTaskSummary(id)]),
    { consistent: true },
  );
  const headers = new Map<string, number>();
  const summaries = new Map<string, StoredItem>();
  for (const i of items) {
    if (i.sk === keys.publicTaskSummary(String(i.taskId)).sk) summaries.set(String(i.taskId), i);
    else headers.set(String(i.id), Number(i.version));
  }
  const out = new Map<string, YearTaskEntry>();
  for (const id of ids) {
    const version = headers.get(id);
    if (version === undefined) continue;
    const summary = summaries.get(id);
    const stored = storedFor(
      listed[id],
      version,
      summary && {
        sourceVersion: Number(summary.sourceVersion),
        summary: summary.summary as Record<string, unknown>,
      },
    );
    out.set(id, { taskId: id, version, ...(stored ? { stored } : {}) });
  }
  return out;
};

/** The index's order of sort keys: task ids are ASCII codes, so code-unit order is byte order. */
const byIndexOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The cursor the task index would hand out after this task (as pageLookingAhead does). */
const cursorAfter = (year: number, taskId: string): string =>
  cursorAfterItem({ ...keys.taskHeader(taskId), ...indexKeys.taskOfYear(year, taskId) }, 'gsi2');

/**
 * A page of the year from its list and task versions: the tasks by index sort key, highest
 * first, after the cursor's; an entry built from the task's announced version is current
 * (docs/public-views.md), any other task's header and summary are read.
 */
const pageFromList = async (
  table: TableRef,
  year: number,
  page: PageRequest,
  versions: Record<string, number>,
  listed: Record<string, ListEntry>,
  after: string | undefined,
): Promise<Page<YearTaskEntry>> => {
  const order = Object.keys(versions)
    .map((id) => ({ id, sk: yearTaskSortKey(year, id) }))
    .filter((t) => after === undefined || byIndexOrder(t.sk, after) < 0)
    .sort((a, b) => byIndexOrder(b.sk, a.sk));
  const items: YearTaskEntry[] = [];
  let next = 0;
  // A task announced but never written (its creation failed) has no header: skipped, and the
  // page filled from the tasks after it. One task past the page is read, as pageLookingAhead
  // reads one item past it: a cursor only when a task follows (not an announced one only).
  const wanted = page.limit + 1;
  while (items.length < wanted && next < order.length) {
    const batch = order.slice(next, next + wanted - items.length).map((t) => t.id);
    next += batch.length;
    // an entry built from the announced version is current: its header is not read
    const listedNow = new Map<string, NonNullable<ReturnType<typeof storedFor>>>();
    for (const id of batch) {
      const stored = storedFor(listed[id], versions[id]!);
      if (stored) listedNow.set(id, stored);
    }
    const behind = batch.filter((id) => !listedNow.has(id));
    const current = behind.length > 0 ? await currentOf(table, behind, listed) : undefined;
    for (const id of batch) {
      const stored = listedNow.get(id);
      const read = stored ? { taskId: id, version: versions[id]!, stored } : current?.get(id);
      if (read) items.push(read);
    }
  }
  if (items.length <= page.limit) return { items };
  const shown = items.slice(0, page.limit);
  return { items: shown, cursor: cursorAfter(year, shown[shown.length - 1]!.taskId) };
};

/** A page of the year through the task index (ids and versions), beside the year's list. */
const pageFromIndex = async (
  table: TableRef,
  year: number,
  page: PageRequest,
  listed: Record<string, ListEntry>,
): Promise<Page<YearTaskEntry>> => {
  const read = await pageLookingAhead(table, {
    ...yearTaskQuery(year),
    forward: false,
    attributes: ['id', 'version'],
    ...page,
  });
  const behind: string[] = [];
  for (const i of read.items) {
    if (!isCurrent(listed[String(i.id)], Number(i.version))) behind.push(String(i.id));
  }
  const summaries = behind.length > 0 ? await summariesOf(table, behind) : new Map();
  return {
    items: read.items.map((i) => {
      const taskId = String(i.id);
      const version = Number(i.version);
      const stored = storedFor(listed[taskId], version, summaries.get(taskId));
      return { taskId, version, ...(stored ? { stored } : {}) };
    }),
    ...(read.cursor ? { cursor: read.cursor } : {}),
  };
};

export const createPublicViewStore = (table: TableRef, blobs?: BlobStore): PublicViewStore => ({
  async put(view) {
    const json = JSON.stringify(view.detail);
    const inline = Buffer.byteLength(json) <= INLINE_LIMIT || !blobs;
    const detail = inline ? { detail: json } : { detailBlob: (await blobs.putBlob(json)).sha256 };
    const header = {
      taskId: view.taskId,
      year: view.year,
      sourceVersion: view.sourceVersion,
      builtAt: view.builtAt,
    };
    // The detail first, the summary last: a listed task always has its detail.
    const written = await putUnlessNewer(table, {
      ...keys.publicTaskView(view.taskId),
      ...header,
      ...detail,
      ...(view.overlay ? { overlay: JSON.stringify(view.overlay) } : {}),
    });
    if (!written) return 'newer-kept';
    await putUnlessNewer(table, {
      ...keys.publicTaskSummary(view.taskId),
      ...header,
      summary: view.summary,
    });
    try {
      // in the list as JSON text: the year's page is answered without parsing it
      await putInYearList(table, view.year, view.taskId, {
        sourceVersion: view.sourceVersion,
        summary: JSON.stringify(view.summary),
      });
    } catch (e) {
      // a list too large for one item: the year is read from the summaries instead
      if (!isTooLarge(e)) throw e;
    }
    return 'written';
  },

  async get(taskId) {
    const item = await getItem(table, keys.publicTaskView(taskId));
    return item ? detailOf(item, blobs) : undefined;
  },

  async readTask(taskId) {
    const viewKey = keys.publicTaskView(taskId);
    const headerKey = keys.taskHeader(taskId);
    const items = await batchGetAll(table, [viewKey, headerKey]);
    const detail = items.find((i) => i.pk === viewKey.pk && i.sk === viewKey.sk);
    const header = items.find((i) => i.pk === headerKey.pk && i.sk === headerKey.sk);
    const text = detail ? await detailTextOf(detail, blobs) : undefined;
    const view =
      detail && text !== undefined
        ? { sourceVersion: Number(detail.sourceVersion), detailText: text, ...overlayOf(detail) }
        : undefined;
    return {
      ...(view ? { view } : {}),
      ...(header ? { version: Number(header.version) } : {}),
    };
  },

  async readYear(year, page) {
    if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_PAGE_LIMIT) {
      throw new ValidationError(STORE_CODES.limitInvalid, `limit: 1 to ${MAX_PAGE_LIMIT}`, {
        field: 'limit',
        rule: `an integer from 1 to ${MAX_PAGE_LIMIT}`,
        value: page.limit,
      });
    }
    // a cursor is refused as the task index's Query would refuse it, whichever way is read
    const after =
      page.cursor === undefined
        ? undefined
        : decodeCursor(page.cursor, cursorExpectation(yearTaskQuery(year)))[KEY_ATTRIBUTES.gsi2sk];
    // The year's task versions and its list, read at once: the versions strongly consistent, as
    // they decide whether a list entry is current; the list (up to 400 KB) eventually, at half
    // the read units: a stale list only holds older entries, which are then not current.
    const [versionsItem, list] = await Promise.all([
      getItem(table, keys.publicYearVersions(year), { consistent: true }),
      getItem(table, keys.publicYearList(year)),
    ]);
    const versions = yearTaskVersionsOf(versionsItem);
    const listed = (list?.tasks ?? {}) as Record<string, ListEntry>;
    return versions
      ? pageFromList(table, year, page, versions, listed, after)
      : pageFromIndex(table, year, page, listed);
  },

  completeYear: (year) => completeYearTaskVersions(table, year),

  getSummaries: (taskIds) => summariesOf(table, taskIds),
});
