import type {
  DepartmentCode,
  Item,
  ItemFilter,
  ItemRepository,
  Page,
  PageRequest,
} from '@double-random/domain';
import { indexKeys, indexPartitions, keys, partitions, prefixes } from '../keys';
import type { TableRef } from '../table-operations';
import { filterOf } from './filters';
import { createVersionedEntities } from './versioned-entities';

/**
 * Inspection items (随机抽查事项清单) in their department's partition (`ITEM#<code>`),
 * listed under gsi1 by status (`ITEM#<code>`): every listing is ordered by code.
 */
export const createItemRepository = (table: TableRef): ItemRepository => {
  const store = createVersionedEntities<Item>(table, {
    code: 'ITEM',
    key: (i) => keys.item(i.department, i.code),
    indexKeys: (i) => ({ ...indexKeys.itemByStatus(i.department, i.status, i.code) }),
    historyKey: (i, position) => keys.itemHistory(i.department, i.code, position),
    historyRange: (i) => ({
      partition: partitions.department(i.department),
      prefix: prefixes.directoryHistory('item', i.code),
    }),
  });

  return {
    get: (department, code) => store.get(keys.item(department, code)),
    create: (item) => store.create(item),
    update: (item, expectedVersion) => store.update(item, expectedVersion),

    list(department: DepartmentCode, filter: ItemFilter, page: PageRequest): Promise<Page<Item>> {
      const others = filterOf({ category: filter.category });
      const where = filter.status
        ? {
            index: 'gsi1' as const,
            partition: indexPartitions.directoryByStatus('item', department, filter.status),
          }
        : {
            partition: partitions.department(department),
            sort: { beginsWith: prefixes.directory('item') },
          };
      return store.page({ ...where, ...(others ? { filter: others } : {}), ...page });
    },
  };
};
