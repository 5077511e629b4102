import {
  type DistrictPlan,
  departmentName,
  type Plan,
  publicPlanView,
} from '@double-random/domain';

type Stamp = { by: string; at: string };
const when = <S extends Stamp>(stamp: S | undefined) => {
  if (!stamp) return undefined;
  const { by: _who, ...rest } = stamp;
  return rest;
};

/**
 * What the public reads of a plan: no history, and no user ids on the approval,
 * publication and return stamps, since those name the officials who acted; the
 * department's name beside its code, since people read names.
 */
export const publicPlan = (plan: Plan) => {
  const { approved, published, returned, ...rest } = publicPlanView(plan);
  const a = when(approved);
  const p = when(published);
  const r = when(returned);
  return {
    ...rest,
    departmentName: departmentName(plan.department),
    ...(a ? { approved: a } : {}),
    ...(p ? { published: p } : {}),
    ...(r ? { returned: r } : {}),
  };
};

/** The approved district plan without the id of the official who approved it. */
export const publicDistrictPlan = (district: DistrictPlan) => {
  const { approved, ...rest } = district;
  return { ...rest, approved: when(approved)! };
};

export const planLocation = (plan: Pick<Plan, 'year' | 'department'>): string =>
  `/plans/${plan.year}/departments/${plan.department}`;
