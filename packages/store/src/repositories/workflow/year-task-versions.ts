import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { indexKeys, indexPartitions, keys, prefixes } from '../../keys';
import { KEY_ATTRIBUTES } from '../../table';
import {
  batchGetAll,
  forEachLimit,
  getItem,
  isConditionFailure,
  type QuerySpec,
  queryAll,
  queryPage,
  type StoredItem,
  type TableRef,
} from '../../table-operations';

/*
 * A year's task versions (`VIEWYEAR#<year>` · `VERSIONS`, docs/public-views.md): every task of
 * the year with the highest version a writer has announced for it. The task repository
 * announces a version before it writes the task header with it, so for every task whose
 * header exists the announced version is at least the header's: a year list entry built
 * from the announced version is the task's current summary, and GET /tasks?year= answers
 * from the list without reading the task index. An announcement whose header write then
 * fails leaves the version ahead of the header; readers then read that task's header.
 *
 * `complete` says the item names every task of the year: true when the year's first
 * announcement found no task of the year in the index (every later task announces itself),
 * or once `completeYearTaskVersions` has added the tasks written before announcements
 * existed. Until then readers use the task index. An item that would name more than
 * MAX_YEAR_TASKS tasks, or outgrow 400 KB, drops its versions and is marked `overflowed`:
 * that year is read through the index for good.
 */

/** The Query of a year's task headers in the task index (gsi2), by task id. */
export const yearTaskQuery = (year: number): QuerySpec => ({
  index: 'gsi2',
  partition: indexPartitions.tasksOfYear(year),
  sort: { beginsWith: prefixes.tasks() },
});

/** An update into a map attribute (or its item) that does not exist yet. */
export const isMissingMap = (e: unknown): boolean =>
  (e as { name?: string })?.name === 'ValidationException' &&
  /document path|path provided/i.test(String((e as Error).message));

/** A write refused because the item would pass 400 KB. */
export const isTooLarge = (e: unknown): boolean =>
  (e as { name?: string })?.name === 'ValidationException' &&
  /size.*exceed|exceed.*size/i.test(String((e as Error).message));

/**
 * The most tasks a year's versions item names. DynamoDB bills a write by the whole item, some
 * 25 bytes a task, and every task header write announces first: past this many tasks (about
 * 50 write units an announcement) the year is read through the task index instead, so no
 * department's plan of many tasks can make every other department's writes dear or throttled.
 */
export const MAX_YEAR_TASKS = 2_000;

/** Raises in flight at once when a year is completed. */
const RAISES_AT_ONCE = 8;

/**
 * Raises the task's announced version to `version`. A condition failure is no change (the
 * year overflowed, or the version was announced already), unless the task is new to an item
 * that already names MAX_YEAR_TASKS tasks: then the year overflows.
 */
const raise = async (
  table: TableRef,
  year: number,
  taskId: string,
  version: number,
): Promise<void> => {
  try {
    await table.client.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: keys.publicYearVersions(year),
        UpdateExpression: 'SET #versions.#id = :v',
        ConditionExpression:
          'attribute_not_exists(#overflowed) AND (#versions.#id < :v OR (attribute_not_exists(#versions.#id) AND (attribute_not_exists(#versions) OR size(#versions) < :cap)))',
        ExpressionAttributeNames: {
          '#versions': 'versions',
          '#id': taskId,
          '#overflowed': 'overflowed',
        },
        ExpressionAttributeValues: { ':v': version, ':cap': MAX_YEAR_TASKS },
      }),
    );
  } catch (e) {
    if (!isConditionFailure(e)) throw e;
    const item = await getItem(table, keys.publicYearVersions(year), { consistent: true });
    const versions = item?.versions as Record<string, number> | undefined;
    if (item && item.overflowed !== true && versions && versions[taskId] === undefined)
      await overflow(table, year);
  }
};

/** Too many tasks for one item: the year is read through the task index from now on. */
const overflow = async (table: TableRef, year: number): Promise<void> => {
  await table.client.send(
    new UpdateCommand({
      TableName: table.tableName,
      Key: keys.publicYearVersions(year),
      UpdateExpression: 'REMOVE #versions SET #overflowed = :t, #complete = :f',
      ExpressionAttributeNames: {
        '#versions': 'versions',
        '#overflowed': 'overflowed',
        '#complete': 'complete',
      },
      ExpressionAttributeValues: { ':t': true, ':f': false },
    }),
  );
};

/**
 * Runs `update`, an UpdateItem into a map attribute of one item. Where the item is missing,
 * puts `created()`, which must hold what the update writes; if another writer has put the
 * item meanwhile, runs `update` again. A condition failure of an update is no change; any
 * other error is thrown.
 */
export const updateCreatingItem = async (
  table: TableRef,
  update: () => Promise<unknown>,
  created: () => Promise<StoredItem>,
): Promise<void> => {
  try {
    await update();
    return;
  } catch (e) {
    if (isConditionFailure(e)) return;
    if (!isMissingMap(e)) throw e;
  }
  try {
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: await created(),
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': KEY_ATTRIBUTES.pk },
      }),
    );
    return;
  } catch (e) {
    if (!isConditionFailure(e)) throw e;
  }
  // created meanwhile by another writer
  try {
    await update();
  } catch (e) {
    if (!isConditionFailure(e)) throw e;
  }
};

/** One raise, creating the item when it is missing; a condition failure is no change. */
const raiseOrCreate = async (
  table: TableRef,
  year: number,
  taskId: string,
  version: number,
  created: () => Promise<StoredItem>,
): Promise<void> => {
  try {
    await updateCreatingItem(table, () => raise(table, year, taskId, version), created);
  } catch (e) {
    if (isTooLarge(e)) return overflow(table, year);
    throw e;
  }
};

/**
 * Announces that the task's header is about to be written with `version`: called, and
 * finished, before every header write. The year's first announcement creates the item,
 * complete when the task index holds no task of the year yet.
 */
export const announceTaskVersion = (
  table: TableRef,
  year: number,
  taskId: string,
  version: number,
): Promise<void> =>
  raiseOrCreate(table, year, taskId, version, async () => {
    const any = await queryPage(table, { ...yearTaskQuery(year), limit: 1, attributes: ['id'] });
    return {
      ...keys.publicYearVersions(year),
      year,
      versions: { [taskId]: version },
      complete: any.items.length === 0,
    };
  });

/** The year's task versions by task id, when the item is complete (read strongly consistent). */
export const yearTaskVersionsOf = (
  item: StoredItem | undefined,
): Record<string, number> | undefined =>
  item && item.complete === true && item.versions && typeof item.versions === 'object'
    ? (item.versions as Record<string, number>)
    : undefined;

/**
 * Adds every task of the year in the task index, at its header's version (read strongly
 * consistent), and marks the item complete: what a year whose tasks were written before
 * announcements existed needs once (`pnpm dr views rebuild` does it). Raises only, so it
 * never lowers an announcement made meanwhile. Returns whether the year is complete.
 */
export const completeYearTaskVersions = async (table: TableRef, year: number): Promise<boolean> => {
  const before = await getItem(table, keys.publicYearVersions(year), { consistent: true });
  // a year that overflowed stays read through the index
  if (before?.overflowed === true) return false;
  const announced = (before?.versions ?? {}) as Record<string, number>;
  const ids = (await queryAll(table, { ...yearTaskQuery(year), attributes: ['id'] })).map((i) =>
    String(i.id),
  );
  const headers = await batchGetAll(
    table,
    ids.map((id) => keys.taskHeader(id)),
    { consistent: true },
  );
  // only the tasks the item does not name at their header's version (a completed year: none),
  // a few at once
  const behind = headers.filter((h) => !(announced[String(h.id)]! >= Number(h.version)));
  await forEachLimit(behind, RAISES_AT_ONCE, (header) =>
    raiseOrCreate(table, year, String(header.id), Number(header.version), async () => ({
      ...keys.publicYearVersions(year),
      year,
      versions: { [String(header.id)]: Number(header.version) },
      complete: false,
    })),
  );
  try {
    await table.client.send(
      new UpdateCommand({
        TableName: table.tableName,
        Key: keys.publicYearVersions(year),
        // a year without tasks gets an empty item
        UpdateExpression:
          'SET #complete = :t, #year = :year, #versions = if_not_exists(#versions, :empty)',
        // a year that overflowed stays read through the index
        ConditionExpression: 'attribute_not_exists(#overflowed)',
        ExpressionAttributeNames: {
          '#complete': 'complete',
          '#year': 'year',
          '#versions': 'versions',
          '#overflowed': 'overflowed',
        },
        ExpressionAttributeValues: { ':t': true, ':year': year, ':empty': {} },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailure(e)) return false;
    throw e;
  }
};

/** The task index's sort key of a task: the order of GET /tasks?year= (highest first). */
export const yearTaskSortKey = (year: number, taskId: string): string =>
  indexKeys.taskOfYear(year, taskId).gsi2sk;
