import type { InspectionHistory, InspectionResult, RecentInspection } from '@double-random/domain';
import { indexPartitions, prefixes } from '../../keys';
import { type Filter, queryAll, type TableRef } from '../../table-operations';

/** DynamoDB's limit on the operands of IN. */
const MAX_IN = 100;

/**
 * Recorded results filed by the initiating department and inspection date (gsi1 of the
 * result items): one Query from `since` on, so the freeze reads only the window it
 * excludes, never the department's whole history.
 */
export const createInspectionHistory = (table: TableRef): InspectionHistory => ({
  async recent(department, items, since) {
    if (items.length === 0) return [];
    const wanted = new Set(items);
    const filter: Filter | undefined =
      wanted.size <= MAX_IN
        ? {
            expression: `#item IN (${[...wanted].map((_, i) => `:i${i}`).join(', ')})`,
            names: { '#item': 'item' },
            values: Object.fromEntries([...wanted].map((code, i) => [`:i${i}`, code])),
          }
        : undefined;
    const found = await queryAll(table, {
      index: 'gsi1',
      partition: indexPartitions.inspectionsOfDepartment(department),
      sort: { gte: prefixes.inspectionsFrom(since) },
      ...(filter ? { filter } : {}),
    });
    return found
      .map((i) => i as unknown as InspectionResult)
      .filter((r) => wanted.has(r.item))
      .map(
        (r): RecentInspection => ({ targetId: r.targetId, item: r.item, date: r.inspectionDate }),
      );
  },
});
