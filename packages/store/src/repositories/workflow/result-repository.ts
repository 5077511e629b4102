import { PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  ConflictError,
  departmentName,
  type InspectionResult,
  NotFoundError,
  type PublicationShown,
  type PublishedResultEntry,
  publicResult,
  type ResultRepository,
  type Task,
} from '@double-random/domain';
import { indexKeys, indexPartitions, keys, partitions, prefixes } from '../../keys';
import { KEY_ATTRIBUTES } from '../../table';
import { getItem, putOnce, queryAll, type StoredItem, type TableRef } from '../../table-operations';
import { attributesOf, entityOf, writeOnce } from './support';

const isConditionFailure = (e: unknown): boolean =>
  (e as { name?: string })?.name === 'ConditionalCheckFailedException';

/** A deadline the office's schedule load may still move: provisional and not yet met. */
const isProvisional = (r: InspectionResult): boolean =>
  (r.publication.provisional && !r.publication.publishedAt) ||
  (r.penaltyPublication?.provisional === true && !r.penaltyPublication.publishedAt);

const KEPT_TASKS = 256;
const KEPT_RESULTS = 4096;

const notFound = (r: InspectionResult) =>
  new NotFoundError(
    'RESULT.NOT_FOUND',
    `no result of ${r.item} on ${r.targetId} in task ${r.taskId}`,
    { value: `${r.taskId}/${r.targetId}/${r.item}` },
  );

/** The plan name the publication shows, as the publish use case names it. */
const planName = (year: number, department: string): string =>
  `${year}年度${departmentName(department)}双随机抽查计划`;

/**
 * Results (`TASK#<id>` · `RESULT#<target>#<item>`) are small and change (publication
 * stamps, recomputed deadlines), so they are items, not blobs. gsi1 files each under the
 * initiating department's inspections by date (the repeated-inspection exclusion reads
 * it); gsi2 holds only results with a provisional deadline still open (a sparse index,
 * what a schedule load recomputes).
 *
 * Publishing (a `put` with `publication.publishedAt`) first writes the public record,
 * write-once: `PUBLISH#<target>#<item>` (all results newest first; one enterprise's) and
 * `FIND#<target>#<item>` (by USCC; by name). The result item, which says "published",
 * is written last, so a crash in between leaves a result the publish step still takes up.
 */
export const createResultRepository = (table: TableRef): ResultRepository => {
  /*
   * What results need of their task (id, year, initiator, plan, name, scope, joint) is fixed
   * when the task is created; only stage, entropy and the like change later. So it is read
   * once per task and kept, which spares a read on every result of a large task.
   */
  const facts = new Map<string, Task>();
  const taskOf = async (taskId: string): Promise<Task> => {
    const known = facts.get(taskId);
    if (known) return known;
    const item = await getItem(table, keys.taskHeader(taskId), { consistent: true });
    if (!item) {
      throw new NotFoundError('TASK.NOT_FOUND', `task ${taskId} not found`, { value: taskId });
    }
    const task = entityOf<Task>(item);
    if (facts.size >= KEPT_TASKS) facts.delete(facts.keys().next().value as string);
    facts.set(taskId, task);
    return task;
  };

  /*
   * Results are never deleted: one read or written here exists from then on, and publishing
   * it needs no second read to know it was recorded.
   */
  const known = new Set<string>();
  const keyOf = (r: Pick<InspectionResult, 'taskId' | 'targetId' | 'item'>) =>
    `${r.taskId}\u0000${r.targetId}\u0000${r.item}`;
  const recorded = (r: InspectionResult) => {
    if (known.size >= KEPT_RESULTS) known.delete(known.values().next().value as string);
    known.add(keyOf(r));
  };

  const itemOf = (task: Task, r: InspectionResult): StoredItem => ({
    ...attributesOf(r),
    ...keys.itemResult(r.taskId, r.targetId, r.item),
    ...indexKeys.inspection(task.initiator, r.inspectionDate, r.taskId, r.targetId, r.item),
    ...(isProvisional(r) ? indexKeys.provisionalResult(r.taskId, r.targetId, r.item) : {}),
  });

  /** Rewrites a public record that exists (a follow-up joins it); never creates one. */
  const replaceExisting = async (item: StoredItem) => {
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: item,
        ConditionExpression: 'attribute_exists(#pk)',
        ExpressionAttributeNames: { '#pk': KEY_ATTRIBUTES.pk },
      }),
    );
  };

  /** What the directories hold of the result's item and target now. */
  const shownNow = async (task: Task, r: InspectionResult): Promise<PublicationShown> => {
    const [item, target] = await Promise.all([
      getItem(table, keys.item(r.department, r.item)),
      getItem(table, keys.target(task.initiator, r.targetId)),
    ]);
    return {
      itemName: typeof item?.name === 'string' ? item.name : r.item,
      target: {
        name: typeof target?.name === 'string' ? target.name : r.targetId,
        ...(typeof target?.uscc === 'string' ? { uscc: target.uscc } : {}),
        ...(typeof target?.town === 'string' ? { town: target.town } : {}),
      },
    };
  };

  const publish = async (
    task: Task,
    r: InspectionResult,
    publishedAt: string,
    given?: PublicationShown,
  ) => {
    const shown = given ?? (await shownNow(task, r));
    const entry: PublishedResultEntry = {
      year: task.year,
      department: r.department,
      item: r.item,
      method: r.method,
      publishedAt,
      ...(shown.target.town !== undefined ? { town: shown.target.town } : {}),
      result: publicResult(task, r, {
        planName: planName(task.year, task.initiator),
        itemName: shown.itemName,
        target: {
          name: shown.target.name,
          ...(shown.target.uscc !== undefined ? { uscc: shown.target.uscc } : {}),
        },
      }),
    };
    const first = await writeOnce(
      table,
      {
        ...attributesOf(entry),
        ...keys.itemPublication(r.taskId, r.targetId, r.item),
        ...indexKeys.publicResultOfTarget(publishedAt, r.taskId, r.targetId, r.item),
        ...indexKeys.publicResult(publishedAt, r.taskId, r.targetId, r.item),
      },
      // the first publication stands: a later stamp of the same result keeps it
      { code: 'PUBLICATION.EXISTS', message: 'published already', same: () => true },
    );
    let stood = entityOf<PublishedResultEntry>(first.stored);
    // A follow-up (后续处理) appended after publication joins the public record: the outcome
    // that stands, the penalty decided, the follow-ups; its date and identity stay as published.
    const followed =
      !first.created &&
      (entry.result.followUps?.length ?? 0) > (stood.result.followUps?.length ?? 0);
    if (followed) {
      const { result: wording, penalty, followUps } = entry.result;
      const { penalty: _p, ...kept } = stood.result;
      stood = {
        ...stood,
        result: { ...kept, result: wording, ...(penalty ? { penalty } : {}), followUps },
      };
      await replaceExisting({
        ...attributesOf(stood),
        ...keys.itemPublication(r.taskId, r.targetId, r.item),
        ...indexKeys.publicResultOfTarget(stood.publishedAt, r.taskId, r.targetId, r.item),
        ...indexKeys.publicResult(stood.publishedAt, r.taskId, r.targetId, r.item),
      });
    }
    const { uscc, targetName } = stood.result;
    const finder = {
      ...attributesOf(stood),
      ...keys.publicationFinder(r.taskId, r.targetId, r.item),
      ...(uscc
        ? indexKeys.publicResultOfUscc(uscc, stood.publishedAt, r.taskId, r.targetId, r.item)
        : {}),
      ...indexKeys.publicResultByName(targetName, stood.publishedAt, r.taskId, r.targetId, r.item),
    };
    if (followed) await replaceExisting(finder);
    else
      await writeOnce(table, finder, {
        code: 'PUBLICATION.EXISTS',
        message: 'published already',
        same: () => true,
      });
  };

  return {
    async create(result) {
      const task = await taskOf(result.taskId);
      await putOnce(table, itemOf(task, result), {
        code: 'RESULT.EXISTS',
        message: `a result of ${result.item} on ${result.targetId} is recorded already in task ${result.taskId}`,
      });
      recorded(result);
    },

    async get(taskId, targetId, item) {
      const stored = await getItem(table, keys.itemResult(taskId, targetId, item), {
        consistent: true,
      });
      if (!stored) return undefined;
      const result = entityOf<InspectionResult>(stored);
      recorded(result);
      return result;
    },

    async put(result, shown) {
      const key = keys.itemResult(result.taskId, result.targetId, result.item);
      const published = result.publication.publishedAt;
      const [task, stored] = await Promise.all([
        taskOf(result.taskId),
        published && !known.has(keyOf(result))
          ? getItem(table, key, { consistent: true })
          : undefined,
      ]);
      if (published) {
        // no public record for a result that was never recorded
        if (!stored && !known.has(keyOf(result))) throw notFound(result);
        await publish(task, result, published, shown);
      }
      // a publication is never undone or re-dated by a later write (a deadline recomputation)
      const unpublished = 'attribute_not_exists(#pub.#at)';
      try {
        await table.client.send(
          new PutCommand({
            TableName: table.tableName,
            Item: itemOf(task, result),
            ConditionExpression: published
              ? `attribute_exists(#pk) AND (${unpublished} OR #pub.#at = :at)`
              : `attribute_exists(#pk) AND ${unpublished}`,
            ExpressionAttributeNames: {
              '#pk': KEY_ATTRIBUTES.pk,
              '#pub': 'publication',
              '#at': 'publishedAt',
            },
            ...(published ? { ExpressionAttributeValues: { ':at': published } } : {}),
          }),
        );
      } catch (e) {
        if (!isConditionFailure(e)) throw e;
        const now = await getItem(table, key, { consistent: true });
        if (!now) throw notFound(result);
        const at = entityOf<InspectionResult>(now).publication.publishedAt;
        throw new ConflictError(
          'RESULT.PUBLISHED',
          `the result of ${result.item} on ${result.targetId} was published at ${at}; it stays so`,
          { field: 'publication.publishedAt', rule: 'published once', value: at },
        );
      }
    },

    async listByTask(taskId) {
      const items = await queryAll(table, {
        partition: partitions.task(taskId),
        sort: { beginsWith: prefixes.results() },
        consistent: true,
      });
      return items.map((i) => entityOf<InspectionResult>(i));
    },

    async listByTarget(taskId, targetId) {
      const items = await queryAll(table, {
        partition: partitions.task(taskId),
        sort: { beginsWith: prefixes.targetResults(targetId) },
        consistent: true,
      });
      return items.map((i) => entityOf<InspectionResult>(i));
    },

    async listProvisional() {
      const items = await queryAll(table, {
        index: 'gsi2',
        partition: indexPartitions.provisionalResults(),
      });
      return items.map((i) => entityOf<InspectionResult>(i));
    },
  };
};
