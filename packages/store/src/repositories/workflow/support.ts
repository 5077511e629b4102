import { isDeepStrictEqual } from 'node:util';
import type { Page } from '@double-random/domain';
import { ConflictError, isDomainError } from '@double-random/domain';
import { encodeCursor, type TableKey } from '../../keys';
import { INDEXES, type IndexName, KEY_ATTRIBUTES } from '../../table';
import {
  getItem,
  MAX_PAGE_LIMIT,
  type PageQuery,
  putOnce,
  queryPage,
  type StoredItem,
  type TableRef,
  withoutKeys,
} from '../../table-operations';

/** Stored attributes back into the entity (the table's key attributes removed). */
export const entityOf = <T>(item: StoredItem): T => withoutKeys(item) as unknown as T;

/** The entity as attributes of an item (the marshaller drops undefined fields). */
export const attributesOf = (entity: object): Record<string, unknown> =>
  JSON.parse(JSON.stringify(entity)) as Record<string, unknown>;

/** Compares what was read back with what a caller wants to write, as stored. */
export const sameContent = (a: unknown, b: unknown): boolean =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

/**
 * The write-once contract of the workflow ports: absent → stored; present and `same` →
 * the stored item, nothing changes (a retried step); present and different → ConflictError
 * `code`. Returns the item as stored.
 */
export const writeOnce = async (
  table: TableRef,
  item: StoredItem,
  options: { code: string; message: string; same: (stored: StoredItem) => boolean },
): Promise<{ stored: StoredItem; created: boolean }> => {
  try {
    await putOnce(table, item, { code: options.code, message: options.message });
    return { stored: item, created: true };
  } catch (e) {
    if (!(isDomainError(e) && e.code === options.code)) throw e;
  }
  const stored = await getItem(table, item as TableKey, { consistent: true });
  if (stored && options.same(stored)) return { stored, created: false };
  throw new ConflictError(options.code, options.message, { rule: 'write-once' });
};

/**
 * One page whose cursor is absent when nothing follows: DynamoDB hands back a key after a
 * page that ends exactly at the end of the partition, so this reads one item past the page
 * in the same Query and builds the cursor from the page's last item. A limit of 1000 (the
 * largest) is read as it is: after a full last page the next one is then empty.
 */
export const pageLookingAhead = async (
  table: TableRef,
  q: PageQuery,
): Promise<Page<StoredItem>> => {
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit >= MAX_PAGE_LIMIT) {
    return queryPage(table, q);
  }
  const read = await queryPage(table, { ...q, limit: q.limit + 1 });
  if (read.items.length <= q.limit) return { items: read.items };
  const items = read.items.slice(0, q.limit);
  return { items, cursor: cursorAfterItem(items[items.length - 1] as StoredItem, q.index) };
};

/**
 * The cursor DynamoDB hands out after `item` in a Query of the table (or of `index`): the
 * item's table key and, for an index, its index key.
 */
export const cursorAfterItem = (item: Record<string, unknown>, index?: IndexName): string => {
  const attributes: string[] = [KEY_ATTRIBUTES.pk, KEY_ATTRIBUTES.sk];
  if (index) attributes.push(INDEXES[index].partitionKey, INDEXES[index].sortKey);
  return encodeCursor(Object.fromEntries(attributes.map((a) => [a, item[a]])));
};
