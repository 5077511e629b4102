import type {
  BulkAccess,
  DepartmentCode,
  Inspector,
  InspectorFilter,
  InspectorRepository,
  Page,
  PageRequest,
} from '@double-random/domain';
import { indexKeys, indexPartitions, keys, partitions, prefixes } from '../keys';
import type { TableRef } from '../table-operations';
import { filterOf } from './filters';
import { createVersionedEntities } from './versioned-entities';

export type StoreInspectorRepository = InspectorRepository & BulkAccess<Inspector>;

/**
 * Inspectors in their department's partition (`INSPECTOR#<id>`), listed under gsi1 by
 * status (`INSPECTOR#<id>`): every listing is ordered by id. Conflicts (回避) and
 * personal data are stored with the inspector; stripping them is the caller's concern.
 */
export const createInspectorRepository = (table: TableRef): StoreInspectorRepository => {
  const store = createVersionedEntities<Inspector>(table, {
    code: 'INSPECTOR',
    key: (i) => keys.inspector(i.department, i.id),
    indexKeys: (i) => ({ ...indexKeys.inspectorByStatus(i.department, i.status, i.id) }),
    historyKey: (i, position) => keys.inspectorHistory(i.department, i.id, position),
    historyRange: (i) => ({
      partition: partitions.department(i.department),
      prefix: prefixes.directoryHistory('inspector', i.id),
    }),
  });

  return {
    get: (department, id) => store.get(keys.inspector(department, id)),
    create: (inspector) => store.create(inspector),
    update: (inspector, expectedVersion) => store.update(inspector, expectedVersion),

    list(
      department: DepartmentCode,
      filter: InspectorFilter,
      page: PageRequest,
    ): Promise<Page<Inspector>> {
      const others = filterOf({ unit: filter.unit }, { qualifications: filter.qualification });
      const where = filter.status
        ? {
            index: 'gsi1' as const,
            partition: indexPartitions.directoryByStatus('inspector', department, filter.status),
          }
        : {
            partition: partitions.department(department),
            sort: { beginsWith: prefixes.directory('inspector') },
          };
      return store.page({ ...where, ...(others ? { filter: others } : {}), ...page });
    },

    async getMany(department, ids) {
      const found = await store.getMany(ids.map((id) => keys.inspector(department, id)));
      return new Map(found.map((i) => [i.id, i]));
    },
    putMany: (inspectors, options) => store.putMany(inspectors, options),
    putManyVersioned: (inspectors, options) => store.putManyVersioned(inspectors, options),
  };
};
