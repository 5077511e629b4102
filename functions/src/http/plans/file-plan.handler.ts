import { planUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { created, httpHandler, ok, ownDepartment } from '../middleware';
import { FilePlanBodySchema, PlanPathSchema } from './plan.schemas';
import { planLocation } from './plan-route';

/** PUT or POST /plans/{year}/departments/{dept}: file the plan (or save a draft). */
export const handler = httpHandler({
  auth: 'required',
  access: ownDepartment,
  path: PlanPathSchema,
  body: FilePlanBodySchema,
  handler: async ({ actor, path, body }) => {
    const { expectedVersion, ...input } = body;
    const plan = await planUseCases.file(dependencies(), {
      actor,
      department: path.dept,
      year: path.year,
      input,
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
    });
    return plan.version === 1 ? created(plan, planLocation(plan)) : ok(plan);
  },
});
