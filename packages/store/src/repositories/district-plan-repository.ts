import type { DistrictPlan, DistrictPlanRepository } from '@double-random/domain';
import { keys } from '../keys';
import { getItem, putOnce, type TableRef, withoutKeys } from '../table-operations';

/** The district plan of a year (`PLAN#<year>` · `DISTRICT`): approved once, never rewritten. */
export const createDistrictPlanRepository = (table: TableRef): DistrictPlanRepository => ({
  async get(year) {
    const item = await getItem(table, keys.districtPlan(year));
    return item ? (withoutKeys(item) as unknown as DistrictPlan) : undefined;
  },
  async create(plan) {
    await putOnce(
      table,
      { ...(plan as unknown as Record<string, unknown>), ...keys.districtPlan(plan.year) },
      {
        code: 'DISTRICT.EXISTS',
        message: `the district plan of ${plan.year} is approved already`,
      },
    );
  },
});
