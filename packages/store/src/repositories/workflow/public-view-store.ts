import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '@double-random/domain';
import type { BlobStore } from '../../blob-store';
import { indexPartitions, keys, prefixes } from '../../keys';
import { KEY_ATTRIBUTES } from '../../table';
import {
  batchGetAll,
  getItem,
  isConditionFailure,
  type StoredItem,
  type TableRef,
} from '../../table-operations';
import { pageLookingAhead } from './support';

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
   * A page of a year's tasks by id, highest first (the task index's own Query and cursor,
   * reading only ids and versions), with the summary stored for each and its version.
   */
  readYear(
    year: number,
    page: PageRequest,
  ): Promise<
    Page<{
      taskId: string;
      version: number;
      stored?: { sourceVersion: number; summary: Record<string, unknown> };
    }>
  >;
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

type StoredSummary = { sourceVersion: number; summary: Record<string, unknown> };

const isMissingMap = (e: unknown): boolean =>
  (e as { name?: string })?.name === 'ValidationException' &&
  /document path|path provided/i.test(String((e as Error).message));

/**
 * Puts a task's summary into its year's list item unless a later build is there: one
 * UpdateItem on the task's own entry, so tasks refreshed at once never overwrite each other.
 * The list is a copy for fast reading: when the item is missing it is created; when it would
 * outgrow an item the update fails and is left alone (the summaries stand in for it).
 */
const putInYearList = async (
  table: TableRef,
  year: number,
  taskId: string,
  entry: StoredSummary,
) => {
  const update = () =>
    table.client.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: keys.publicYearList(year),
        UpdateExpression: 'SET #tasks.#id = :entry',
        ConditionExpression: 'attribute_not_exists(#tasks.#id) OR #tasks.#id.#v <= :v',
        ExpressionAttributeNames: { '#tasks': 'tasks', '#id': taskId, '#v': 'sourceVersion' },
        ExpressionAttributeValues: { ':entry': entry, ':v': entry.sourceVersion },
      }),
    );
  try {
    await update();
  } catch (e) {
    if (isConditionFailure(e)) return;
    if (!isMissingMap(e)) throw e;
    // the year's first summary: the list item is created (once), then the entry put
    try {
      await table.client.send(
        new PutCommand({
          TableName: table.tableName,
          Item: { ...keys.publicYearList(year), year, tasks: {} },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': KEY_ATTRIBUTES.pk },
        }),
      );
    } catch (created) {
      if (!isConditionFailure(created)) throw created;
    }
    try {
      await update();
    } catch (again) {
      if (!isConditionFailure(again)) throw again;
    }
  }
};

const summariesOf = async (
  table: TableRef,
  taskIds: readonly string[],
): Promise<Map<string, { sourceVersion: number; summary: Record<string, unknown> }>> => {
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
      await putInYearList(table, view.year, view.taskId, {
        sourceVersion: view.sourceVersion,
        summary: view.summary,
      });
    } catch (e) {
      // a list too large for one item: the year is read from the summaries instead
      if ((e as { name?: string })?.name !== 'ValidationException') throw e;
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
    // the page's ids and versions, and the year's list in one read beside them; a task the
    // list lacks or holds from an older build is read from its own summary
    const [read, list] = await Promise.all([
      pageLookingAhead(table, {
        index: 'gsi2',
        partition: indexPartitions.tasksOfYear(year),
        sort: { beginsWith: prefixes.tasks() },
        forward: false,
        attributes: ['id', 'version'],
        ...page,
      }),
      getItem(table, keys.publicYearList(year)),
    ]);
    const listed = (list?.tasks ?? {}) as Record<string, StoredSummary>;
    const stored = new Map<string, StoredSummary>();
    const behind: string[] = [];
    for (const i of read.items) {
      const id = String(i.id);
      const entry = listed[id];
      if (entry && Number(entry.sourceVersion) === Number(i.version))
        stored.set(id, { sourceVersion: Number(entry.sourceVersion), summary: entry.summary });
      else behind.push(id);
    }
    if (behind.length > 0)
      for (const [id, s] of await summariesOf(table, behind)) stored.set(id, s);
    return {
      items: read.items.map((i) => {
        const taskId = String(i.id);
        const view = stored.get(taskId);
        return { taskId, version: Number(i.version), ...(view ? { stored: view } : {}) };
      }),
      ...(read.cursor ? { cursor: read.cursor } : {}),
    };
  },

  getSummaries: (taskIds) => summariesOf(table, taskIds),
});
