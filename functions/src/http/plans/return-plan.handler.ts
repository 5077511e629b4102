import { planReturnedNotification, planUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { tellPeople } from '../../notifications';
import { httpHandler, officeOnly, ok } from '../middleware';
import { PlanPathSchema, ReturnPlanBodySchema } from './plan.schemas';

/** POST /plans/{year}/departments/{dept}/return: the office sends a plan back with a reason. */
export const handler = httpHandler({
  auth: 'required',
  access: officeOnly('return a department plan'),
  path: PlanPathSchema,
  body: ReturnPlanBodySchema,
  handler: async ({ actor, path, body }) => {
    const plan = await planUseCases.return(dependencies(), {
      actor,
      department: path.dept,
      year: path.year,
      expectedVersion: body.expectedVersion,
      reason: body.reason,
    });
    await tellPeople([planReturnedNotification(plan, dependencies().clock.now())]);
    return ok(plan);
  },
});
