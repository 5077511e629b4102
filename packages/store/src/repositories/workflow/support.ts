import { isDeepStrictEqual } from 'node:util';
import { ConflictError, isDomainError } from '@double-random/domain';
import { getItem, putOnce, type StoredItem, type TableRef, withoutKeys } from '../../helpers';
import type { TableKey } from '../../keys';

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
