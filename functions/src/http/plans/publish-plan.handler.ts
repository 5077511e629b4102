import { planUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { tellPlatformOfPlan } from '../../exchange/platform';
import { departmentOrOffice, httpHandler, ok } from '../middleware';
import { PlanPathSchema, PlanVersionBodySchema } from './plan.schemas';

/** POST /plans/{year}/departments/{dept}/publish: an approved plan becomes public. */
export const handler = httpHandler({
  auth: 'required',
  access: departmentOrOffice,
  path: PlanPathSchema,
  body: PlanVersionBodySchema,
  handler: async ({ actor, path, body }) => {
    const plan = await planUseCases.publish(dependencies(), {
      actor,
      department: path.dept,
      year: path.year,
      expectedVersion: body.expectedVersion,
    });
    await tellPlatformOfPlan(plan);
    return ok(plan);
  },
});
