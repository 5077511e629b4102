import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { type DeliveryQueue, type DeliveryRecord, isDomainError } from '@double-random/domain';
import type { TableKey } from '../keys';
import {
  batchGetAll,
  forEachLimit,
  getItem,
  isConditionFailure,
  keyString,
  putOnce,
  queryPage,
  type StoredItem,
  type TableRef,
} from '../table-operations';
import { entityOf } from './workflow/support';

/** Records one enqueue writes at once. */
const WRITES_AT_ONCE = 8;

/**
 * What the outbox and the exchange log share: records written once under their id, the
 * pending ones listed on gsi1 by next attempt, and each attempt stored only over the attempt
 * count it was read with, so two runners never record the same attempt.
 */
export const createDeliveryQueue = <T extends DeliveryRecord & { id: string }>(
  table: TableRef,
  shape: {
    parse: (value: unknown) => T;
    itemOf: (record: T) => StoredItem;
    keyOf: (id: string) => TableKey;
    pendingPartition: string;
  },
) => {
  const recordOf = (item: StoredItem): T => shape.parse(entityOf(item));
  const queue: DeliveryQueue<T> & {
    enqueue(records: readonly T[]): Promise<{ added: number }>;
    get(id: string): Promise<T | undefined>;
    known(ids: readonly string[]): Promise<Set<string>>;
    recordOf(item: StoredItem): T;
    /** replaces a record only if `attribute` still holds `expected` */
    replaceIf(after: T, attribute: string, expected: string | number): Promise<boolean>;
  } = {
    recordOf,
    async enqueue(records) {
      let added = 0;
      // each written once on its own: several at once
      await forEachLimit(records, WRITES_AT_ONCE, async (r) => {
        try {
          await putOnce(table, shape.itemOf(shape.parse(r)));
          added++;
        } catch (e) {
          // one with this id is there already: it stays as it is, with its delivery record
          if (!(isDomainError(e) && e.kind === 'conflict')) throw e;
        }
      });
      return { added };
    },
    async get(id) {
      const item = await getItem(table, shape.keyOf(id), { consistent: true });
      return item ? recordOf(item) : undefined;
    },
    async known(ids) {
      const items = await batchGetAll(
        table,
        ids.map((id) => shape.keyOf(id)),
        { consistent: true },
      );
      const found = new Set(items.map(keyString));
      return new Set(ids.filter((id) => found.has(keyString(shape.keyOf(id)))));
    },
    async pending(page) {
      const out = await queryPage(table, {
        index: 'gsi1',
        partition: shape.pendingPartition,
        ...page,
      });
      return { items: out.items.map(recordOf), ...(out.cursor ? { cursor: out.cursor } : {}) };
    },
    async replaceIf(after, attribute, expected) {
      try {
        await table.client.send(
          new PutCommand({
            TableName: table.tableName,
            Item: shape.itemOf(shape.parse(after)),
            ConditionExpression: '#a = :expected',
            ExpressionAttributeNames: { '#a': attribute },
            ExpressionAttributeValues: { ':expected': expected },
          }),
        );
        return true;
      } catch (e) {
        if (isConditionFailure(e)) return false;
        throw e;
      }
    },
    record(after, expectedAttempts) {
      return queue.replaceIf(after, 'attempts', expectedAttempts);
    },
  };
  return queue;
};

/** gsi1's sort key of a delivery record: pending ones by next attempt, others by creation. */
export const deliverySortKey = (r: DeliveryRecord & { id: string; createdAt: string }): string =>
  `${r.status === 'pending' ? (r.nextAttemptAt ?? r.createdAt) : r.createdAt}#${r.id}`;
