import type { Page, PageRequest, Plan, PlanFilter, PlanRepository } from '@double-random/domain';
import { indexKeys, keys, partitions, prefixes } from '../keys';
import type { TableRef } from '../table-operations';
import { filterOf } from './filters';
import { createVersionedEntities } from './versioned-entities';

/**
 * A department's annual plan sits in its year's partition (`PLAN#<year>` · `DEPT#<d>`),
 * so one Query lists a year's plans by department for consolidation. A published plan
 * also carries gsi2 `PUBLIC#PLANS#<year>`, the public listing.
 */
export const createPlanRepository = (table: TableRef): PlanRepository => {
  const store = createVersionedEntities<Plan>(table, {
    code: 'PLAN',
    key: (p) => keys.plan(p.year, p.department),
    indexKeys: (p): Record<string, string> =>
      p.status === 'published' ? { ...indexKeys.publishedPlan(p.year, p.department) } : {},
    historyKey: (p, position) => keys.planHistory(p.year, p.department, position),
    historyRange: (p) => ({
      partition: partitions.plans(p.year),
      prefix: prefixes.planHistory(p.department),
    }),
  });

  return {
    get: (department, year) => store.get(keys.plan(year, department)),
    create: (plan) => store.create(plan),
    update: (plan, expectedVersion) => store.update(plan, expectedVersion),

    listByYear(year: number, filter: PlanFilter, page: PageRequest): Promise<Page<Plan>> {
      const status = filterOf({ status: filter.status });
      return store.page({
        partition: partitions.plans(year),
        sort: { beginsWith: prefixes.plans() },
        ...(status ? { filter: status } : {}),
        ...page,
      });
    },
  };
};
