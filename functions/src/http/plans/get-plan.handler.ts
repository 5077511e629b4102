import { planUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { PlanPathSchema } from './plan.schemas';
import { planViewFor } from './plan-route';

/** GET /plans/{year}/departments/{dept}: public once published; before that, insiders only. */
export const handler = httpHandler({
  auth: 'public',
  path: PlanPathSchema,
  handler: async ({ actor, path }) => {
    const query = { department: path.dept, year: path.year };
    const plan = await planUseCases.get(dependencies(), actor ? { ...query, actor } : query);
    return ok(planViewFor(actor, plan));
  },
});
