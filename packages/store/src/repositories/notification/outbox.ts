import { PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  isDomainError,
  type Notification,
  NotificationSchema,
  type Outbox,
} from '@double-random/domain';
import { indexPartitions, keys, partitions, prefixes } from '../../keys';
import {
  getItem,
  putOnce,
  queryPage,
  type StoredItem,
  type TableRef,
} from '../../table-operations';
import { attributesOf, entityOf } from '../workflow/support';

const itemOf = (n: Notification): StoredItem => ({
  ...attributesOf(n),
  ...keys.notification(n.id),
  gsi1pk: indexPartitions.notificationsInStatus(n.status),
  gsi1sk: `${n.status === 'pending' ? (n.nextAttemptAt ?? n.createdAt) : n.createdAt}#${n.id}`,
  gsi2pk: indexPartitions.notificationsOfDepartment(n.department),
  gsi2sk: `${n.createdAt}#${n.id}`,
});

const notificationOf = (item: StoredItem): Notification => NotificationSchema.parse(entityOf(item));

/**
 * The outbox (`OUTBOX` · `NOTICE#<id>`): one item per notification, written once; each
 * delivery attempt replaces it only over the attempt count it was read with, so two runners
 * never record the same attempt. gsi1 lists a status (pending by next attempt), gsi2 a
 * department's notifications.
 */
export const createOutbox = (table: TableRef): Outbox => ({
  async enqueue(notifications) {
    let added = 0;
    for (const n of notifications) {
      try {
        await putOnce(table, itemOf(NotificationSchema.parse(n)));
        added++;
      } catch (e) {
        // one with this id is there already: it stays as it is, with its delivery record
        if (!(isDomainError(e) && e.kind === 'conflict')) throw e;
      }
    }
    return { added };
  },

  async get(id) {
    const item = await getItem(table, keys.notification(id), { consistent: true });
    return item ? notificationOf(item) : undefined;
  },

  async pending(page) {
    const out = await queryPage(table, {
      index: 'gsi1',
      partition: indexPartitions.notificationsInStatus('pending'),
      ...page,
    });
    return { items: out.items.map(notificationOf), ...(out.cursor ? { cursor: out.cursor } : {}) };
  },

  async record(after, expectedAttempts) {
    try {
      await table.client.send(
        new PutCommand({
          TableName: table.tableName,
          Item: itemOf(NotificationSchema.parse(after)),
          ConditionExpression: '#a = :expected',
          ExpressionAttributeNames: { '#a': 'attempts' },
          ExpressionAttributeValues: { ':expected': expectedAttempts },
        }),
      );
      return true;
    } catch (e) {
      if ((e as { name?: string })?.name === 'ConditionalCheckFailedException') return false;
      throw e;
    }
  },

  async list(filter, page) {
    const conditions: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, string> = {};
    if (filter.status && filter.department) {
      conditions.push('#st = :st');
      names['#st'] = 'status';
      values[':st'] = filter.status;
    }
    if (filter.recipient) {
      conditions.push('#rc = :rc');
      names['#rc'] = 'recipient';
      values[':rc'] = filter.recipient;
    }
    const where = filter.department
      ? {
          index: 'gsi2' as const,
          partition: indexPartitions.notificationsOfDepartment(filter.department),
        }
      : filter.status
        ? {
            index: 'gsi1' as const,
            partition: indexPartitions.notificationsInStatus(filter.status),
          }
        : { partition: partitions.outbox(), sort: { beginsWith: prefixes.notifications() } };
    const out = await queryPage(table, {
      ...where,
      ...(conditions.length
        ? { filter: { expression: conditions.join(' AND '), names, values } }
        : {}),
      ...page,
    });
    return { items: out.items.map(notificationOf), ...(out.cursor ? { cursor: out.cursor } : {}) };
  },
});
