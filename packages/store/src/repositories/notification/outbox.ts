import { type Notification, NotificationSchema, type Outbox } from '@double-random/domain';
import { indexPartitions, keys, partitions, prefixes } from '../../keys';
import { queryPage, type StoredItem, type TableRef } from '../../table-operations';
import { createDeliveryQueue, deliverySortKey } from '../delivery-queue';
import { attributesOf } from '../workflow/support';

const itemOf = (n: Notification): StoredItem => ({
  ...attributesOf(n),
  ...keys.notification(n.id),
  gsi1pk: indexPartitions.notificationsInStatus(n.status),
  gsi1sk: deliverySortKey(n),
  gsi2pk: indexPartitions.notificationsOfDepartment(n.department),
  gsi2sk: `${n.createdAt}#${n.id}`,
});

/**
 * The outbox (`OUTBOX` · `NOTICE#<id>`): one item per notification, written once; each
 * delivery attempt replaces it only over the attempt count it was read with, so two runners
 * never record the same attempt. gsi1 lists a status (pending by next attempt), gsi2 a
 * department's notifications.
 */
export const createOutbox = (table: TableRef): Outbox => {
  const {
    enqueue,
    get,
    pending,
    record,
    recordOf: notificationOf,
  } = createDeliveryQueue(table, {
    parse: (v) => NotificationSchema.parse(v),
    itemOf,
    keyOf: keys.notification,
    pendingPartition: indexPartitions.notificationsInStatus('pending'),
  });
  return {
    enqueue,
    get,
    pending,
    record,

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
      return {
        items: out.items.map(notificationOf),
        ...(out.cursor ? { cursor: out.cursor } : {}),
      };
    },
  };
};
