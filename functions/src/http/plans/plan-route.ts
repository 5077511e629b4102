import { isOffice, type Plan, publicPlanView } from '@double-random/domain';
import type { Actor } from '../middleware';

/** The department and the office see history; anyone else gets the public view. */
export const planViewFor = (actor: Actor | undefined, plan: Plan): Plan | Omit<Plan, 'history'> =>
  actor && (isOffice(actor) || actor.roles.includes(`dept:${plan.department}`))
    ? plan
    : publicPlanView(plan);

export const planLocation = (plan: Pick<Plan, 'year' | 'department'>): string =>
  `/plans/${plan.year}/departments/${plan.department}`;
