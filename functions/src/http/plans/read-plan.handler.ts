import { planUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { departmentOrOffice, httpHandler, ok } from '../middleware';
import { PlanPathSchema } from './plan.schemas';

/**
 * GET /plans/{year}/departments/{dept}/internal: the plan in any state, history included,
 * for its department and the office (the office reads a filed plan before approving it).
 */
export const handler = httpHandler({
  auth: 'required',
  access: departmentOrOffice,
  path: PlanPathSchema,
  handler: async ({ actor, path }) =>
    ok(await planUseCases.get(dependencies(), { actor, department: path.dept, year: path.year })),
});
