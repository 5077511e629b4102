import { type ExchangeEvent, ExchangeEventSchema, type ExchangeLog } from '@double-random/domain';
import { indexPartitions, keys, partitions, prefixes } from '../../keys';
import { queryPage, type StoredItem, type TableRef } from '../../table-operations';
import { createDeliveryQueue, deliverySortKey } from '../delivery-queue';
import { attributesOf } from '../workflow/support';

const itemOf = (e: ExchangeEvent): StoredItem => ({
  ...attributesOf(e),
  ...keys.exchangeEvent(e.id),
  gsi1pk: indexPartitions.exchangeInStatus(e.status),
  gsi1sk: deliverySortKey(e),
});

/**
 * The exchange log (`EXCHANGE` · `EVENT#<id>`, docs/exchange.md): one item per event, written
 * once, its receipt kept on it. A delivery attempt replaces it only over the attempt count it
 * was read with; an acknowledgement only while it is still delivered. gsi1 lists a receipt
 * status (pending by next attempt, the others by creation).
 */
export const createExchangeLog = (table: TableRef): ExchangeLog => {
  const queue = createDeliveryQueue(table, {
    parse: (v) => ExchangeEventSchema.parse(v),
    itemOf,
    keyOf: keys.exchangeEvent,
    pendingPartition: indexPartitions.exchangeInStatus('pending'),
  });
  return {
    enqueue: queue.enqueue,
    get: queue.get,
    known: queue.known,
    pending: queue.pending,
    record: queue.record,
    acknowledge: (after) => queue.replaceIf(after, 'status', 'delivered'),
    async list(filter, page) {
      const out = await queryPage(table, {
        ...(filter.status
          ? { index: 'gsi1' as const, partition: indexPartitions.exchangeInStatus(filter.status) }
          : { partition: partitions.exchange(), sort: { beginsWith: prefixes.exchangeEvents() } }),
        ...page,
      });
      return {
        items: out.items.map(queue.recordOf),
        ...(out.cursor ? { cursor: out.cursor } : {}),
      };
    },
  };
};
