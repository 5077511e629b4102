import { planUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, officeOnly, ok } from '../middleware';
import { PlanPathSchema, PlanVersionBodySchema } from './plan.schemas';

/** POST /plans/{year}/departments/{dept}/approve: the office approves a filed plan. */
export const handler = httpHandler({
  auth: 'required',
  access: officeOnly('approve a department plan'),
  path: PlanPathSchema,
  body: PlanVersionBodySchema,
  handler: async ({ actor, path, body }) => {
    const plan = await planUseCases.approve(dependencies(), {
      actor,
      department: path.dept,
      year: path.year,
      expectedVersion: body.expectedVersion,
    });
    return ok(plan);
  },
});
