import { districtUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { YearPathSchema } from './plan.schemas';

/** GET /plans/{year}/district: the approved district plan, public. */
export const handler = httpHandler({
  auth: 'public',
  path: YearPathSchema,
  handler: async ({ path }) => ok(await districtUseCases.get(dependencies(), { year: path.year })),
});
