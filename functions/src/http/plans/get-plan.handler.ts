import { planUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { PlanPathSchema } from './plan.schemas';
import { publicPlan } from './plan-route';

/**
 * GET /plans/{year}/departments/{dept}: a published plan, the same for everyone (a public
 * route has no authorizer, so a token changes nothing); staff read drafts through
 * GET …/internal.
 */
export const handler = httpHandler({
  auth: 'public',
  path: PlanPathSchema,
  handler: async ({ path }) =>
    ok(
      publicPlan(
        await planUseCases.get(dependencies(), { department: path.dept, year: path.year }),
      ),
    ),
});
