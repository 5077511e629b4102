import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type AssignmentRepository,
  type AssignmentsOfTarget,
  ConflictError,
  NotFoundError,
  type TaskAssignment,
} from '@double-random/domain';
import { indexKeys, indexPartitions, keys, partitions, prefixes } from '../../keys';
import { KEY_ATTRIBUTES } from '../../table';
import {
  batchGetAll,
  batchWriteAll,
  getItem,
  queryAll,
  queryPage,
  type StoredItem,
  type TableRef,
} from '../../table-operations';
import { entityOf } from './support';

/** What the draw decided; `replaces` and `activatedAt` are added later, once. */
const DRAWN_FIELDS = [
  'taskId',
  'drawId',
  'department',
  'target',
  'stratum',
  'role',
  'members',
  'leader',
  'status',
] as const;

const drawnPart = (a: TaskAssignment) =>
  JSON.stringify(DRAWN_FIELDS.map((f) => (a[f] === undefined ? null : a[f])));

/**
 * The assignment as it is written: its own fields (the marshaller leaves out undefined ones)
 * beside its keys, without a copy through JSON of each of a draw's thousands of items.
 */
const itemOf = (a: TaskAssignment): StoredItem => ({
  ...a,
  ...keys.drawAssignment(a.taskId, a.drawId, a.target),
  ...indexKeys.drawsOfTarget(a.target, a.taskId, a.drawId),
});

const isConditionFailure = (e: unknown): boolean =>
  (e as { name?: string })?.name === 'ConditionalCheckFailedException';

/** Whether any assignment of the draw is stored: one consistent Query of at most one item. */
const anyStored = async (table: TableRef, taskId: string, drawId: string): Promise<boolean> => {
  const out = await table.client.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': KEY_ATTRIBUTES.pk, '#sk': KEY_ATTRIBUTES.sk },
      ExpressionAttributeValues: {
        ':pk': partitions.task(taskId),
        ':prefix': prefixes.drawAssignments(drawId),
      },
      ConsistentRead: true,
      Limit: 1,
    }),
  );
  return (out.Items?.length ?? 0) > 0;
};

/**
 * Assignments sit in the task folder (`ASSIGN#<drawId>#<target>`), gsi1 listing every
 * draw a target was in. `putAll` writes thousands at once with batch writes, which carry
 * no condition: it first reads which keys exist and writes only the missing ones, so a
 * retry never resets a reserve that was activated meanwhile, and a different assignment
 * under an existing key is refused before anything is written.
 *
 * A draw whose folder holds no assignment yet (every first run) has nothing to compare
 * with: one Query of one item says so, and the keys are not read one by one. Reserves are
 * activated only after the draw's task is Drawn, which is after this write.
 */
export const createAssignmentRepository = (
  table: TableRef,
): AssignmentRepository & AssignmentsOfTarget => ({
  async putAll(assignments) {
    const items = assignments.map(itemOf);
    const folders = new Map<string, { taskId: string; drawId: string; items: StoredItem[] }>();
    for (const [i, a] of assignments.entries()) {
      const folder = `${a.taskId}\u0000${a.drawId}`;
      const entry = folders.get(folder) ?? { taskId: a.taskId, drawId: a.drawId, items: [] };
      entry.items.push(items[i] as StoredItem);
      folders.set(folder, entry);
    }
    const toCompare: StoredItem[] = [];
    for (const { taskId, drawId, items: ofDraw } of folders.values())
      if (await anyStored(table, taskId, drawId)) toCompare.push(...ofDraw);
    const existing = new Map(
      (toCompare.length === 0 ? [] : await batchGetAll(table, toCompare, { consistent: true })).map(
        (s) => [`${s.pk}\u0000${s.sk}`, entityOf<TaskAssignment>(s)],
      ),
    );
    const missing: StoredItem[] = [];
    for (const [i, item] of items.entries()) {
      const a = assignments[i] as TaskAssignment;
      const stored = existing.get(`${item.pk}\u0000${item.sk}`);
      if (!stored) missing.push(item);
      else if (drawnPart(stored) !== drawnPart(a)) {
        throw new ConflictError(
          'ASSIGNMENT.DIFFERENT',
          `draw ${a.drawId} already assigned ${a.target} differently`,
          { field: 'target', rule: 'assignments of a draw are written once', value: a.target },
        );
      }
    }
    await batchWriteAll(table, missing);
  },

  async get(taskId, drawId, target) {
    const item = await getItem(table, keys.drawAssignment(taskId, drawId, target), {
      consistent: true,
    });
    return item ? entityOf<TaskAssignment>(item) : undefined;
  },

  async listByTask(taskId) {
    const items = await queryAll(table, {
      partition: partitions.task(taskId),
      sort: { beginsWith: prefixes.assignments() },
      consistent: true,
    });
    return items.map((i) => entityOf<TaskAssignment>(i));
  },

  /** gsi1 `TARGET#<id>#TASKS` · `TASK#<taskId>#DRAW#<drawId>`, written with each assignment. */
  async listByTarget(targetId, page) {
    const out = await queryPage(table, {
      index: 'gsi1',
      partition: indexPartitions.tasksOfTarget(targetId),
      sort: { beginsWith: prefixes.tasks() },
      ...page,
    });
    return {
      items: out.items.map((i) => entityOf<TaskAssignment>(i)),
      ...(out.cursor ? { cursor: out.cursor } : {}),
    };
  },

  async activateReserve(drawId, target, replaces, at) {
    // The draw's own header names its task: the assignment's key follows from it.
    const draw = await getItem(table, keys.drawRecord(drawId), { consistent: true });
    const notFound = () =>
      new NotFoundError('ASSIGNMENT.NOT_FOUND', `draw ${drawId} assigned no team to ${target}`, {
        field: 'target',
        value: target,
      });
    if (!draw) throw notFound();
    const key = keys.drawAssignment(draw.taskId as string, drawId, target);
    try {
      await table.client.send(
        new UpdateCommand({
          TableName: table.tableName,
          Key: key,
          UpdateExpression: 'SET #replaces = :replaces, #at = :at',
          ConditionExpression:
            'attribute_exists(#pk) AND #role = :reserve AND attribute_not_exists(#replaces)',
          ExpressionAttributeNames: {
            '#pk': KEY_ATTRIBUTES.pk,
            '#role': 'role',
            '#replaces': 'replaces',
            '#at': 'activatedAt',
          },
          ExpressionAttributeValues: { ':replaces': replaces, ':at': at, ':reserve': 'reserve' },
        }),
      );
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      const stored = await getItem(table, key, { consistent: true });
      if (!stored) throw notFound();
      if (stored.role !== 'reserve') {
        throw new ConflictError(
          'ASSIGNMENT.NOT_RESERVE',
          `${target} is not a reserve of ${drawId}`,
          {
            field: 'target',
            rule: 'only a reserve replaces a target',
            value: target,
          },
        );
      }
      if (stored.replaces === replaces) return;
      throw new ConflictError(
        'ASSIGNMENT.RESERVE_USED',
        `reserve ${target} of draw ${drawId} already replaces ${String(stored.replaces)}`,
        { field: 'replaces', rule: 'a reserve replaces one target', value: replaces },
      );
    }
  },
});
