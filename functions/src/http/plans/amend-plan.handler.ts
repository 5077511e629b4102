import { planUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok, ownDepartment } from '../middleware';
import { AmendPlanBodySchema, PlanPathSchema } from './plan.schemas';

/** PATCH /plans/{year}/departments/{dept}: change the tasks before approval. */
export const handler = httpHandler({
  auth: 'required',
  access: ownDepartment,
  path: PlanPathSchema,
  body: AmendPlanBodySchema,
  handler: async ({ actor, path, body }) => {
    const { expectedVersion, ...input } = body;
    const plan = await planUseCases.amend(dependencies(), {
      actor,
      department: path.dept,
      year: path.year,
      expectedVersion,
      input,
    });
    return ok(plan);
  },
});
