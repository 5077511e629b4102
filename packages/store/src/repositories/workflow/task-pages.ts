import type { InspectionResult, Page, PageRequest, TaskAssignment } from '@double-random/domain';
import { partitions, prefixes } from '../../keys';
import type { TableRef } from '../../table-operations';
import { entityOf, pageLookingAhead } from './support';

/**
 * A task's assignments and results a page at a time, in key order (assignments by draw and
 * target, results by target and item), for the staff's reads of a large task: a draw of tens
 * of thousands of targets does not fit one answer (docs/text-and-limits.md). The cursor is the
 * table's own: one that does not continue the same listing is refused.
 */
export interface TaskPages {
  assignments(taskId: string, page: PageRequest): Promise<Page<TaskAssignment>>;
  results(taskId: string, page: PageRequest): Promise<Page<InspectionResult>>;
}

export const createTaskPages = (table: TableRef): TaskPages => {
  const pageOf = async <T>(taskId: string, prefix: string, page: PageRequest): Promise<Page<T>> => {
    const read = await pageLookingAhead(table, {
      partition: partitions.task(taskId),
      sort: { beginsWith: prefix },
      consistent: true,
      ...page,
    });
    return {
      items: read.items.map((i) => entityOf<T>(i)),
      ...(read.cursor ? { cursor: read.cursor } : {}),
    };
  };
  return {
    assignments: (taskId, page) => pageOf(taskId, prefixes.assignments(), page),
    results: (taskId, page) => pageOf(taskId, prefixes.results(), page),
  };
};
