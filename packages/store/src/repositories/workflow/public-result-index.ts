import type { Page, PublicResultIndex, PublishedResultEntry } from '@double-random/domain';
import { indexPartitions, keys, prefixes } from '../../keys';
import {
  batchGetAll,
  type PageQuery,
  queryPage,
  type StoredItem,
  type TableRef,
} from '../../table-operations';
import { entityOf } from './support';

/** 统一社会信用代码 (GB 32100-2015): 18 characters, no I, O, S, V, Z. */
const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

const pageOf = (page: Page<StoredItem>): Page<PublishedResultEntry> => ({
  items: page.items.map((i) => entityOf<PublishedResultEntry>(i)),
  ...(page.cursor ? { cursor: page.cursor } : {}),
});

/**
 * The public search over the publication items `ResultRepository.put` writes. Each page is
 * one Query on one index partition with a key condition only (no Scan, no filter), so a
 * page costs the same with ten or ten million published results.
 */
export const createPublicResultIndex = (table: TableRef): PublicResultIndex => {
  const page = async (q: PageQuery) => pageOf(await queryPage(table, q));
  return {
    search({ q, limit, cursor }) {
      const paging = { limit, ...(cursor === undefined ? {} : { cursor }) };
      const query = q?.trim();
      if (!query) {
        return page({
          index: 'gsi2',
          partition: indexPartitions.allPublishedResults(),
          forward: false,
          ...paging,
        });
      }
      if (USCC.test(query)) {
        return page({
          index: 'gsi1',
          partition: indexPartitions.publishedResultsOfUscc(query),
          forward: false,
          ...paging,
        });
      }
      return page({
        index: 'gsi2',
        partition: indexPartitions.publishedResultNames(),
        sort: { beginsWith: prefixes.publicName(query) },
        ...paging,
      });
    },

    async getMany(results) {
      const items = await batchGetAll(
        table,
        results.map((r) => keys.itemPublication(r.taskId, r.targetId, r.item)),
        { consistent: true },
      );
      return items.map((i) => entityOf<PublishedResultEntry>(i));
    },

    listByTarget(targetId, { limit, cursor }) {
      return page({
        index: 'gsi1',
        partition: indexPartitions.publishedResultsOfTarget(targetId),
        forward: false,
        limit,
        ...(cursor === undefined ? {} : { cursor }),
      });
    },
  };
};
