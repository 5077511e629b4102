import { districtUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { YearPathSchema } from './plan.schemas';
import { publicDistrictPlan } from './plan-route';

/** GET /plans/{year}/district: the approved district plan, public. */
export const handler = httpHandler({
  auth: 'public',
  path: YearPathSchema,
  handler: async ({ path }) =>
    ok(publicDistrictPlan(await districtUseCases.get(dependencies(), { year: path.year }))),
});
