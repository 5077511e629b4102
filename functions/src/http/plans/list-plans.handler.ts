import { planUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { PublicListPlansQuerySchema, YearPathSchema } from './plan.schemas';
import { publicPlan } from './plan-route';

/** GET /plans/{year}: the published plans of a year, the same for everyone. */
export const handler = httpHandler({
  auth: 'public',
  path: YearPathSchema,
  query: PublicListPlansQuerySchema,
  handler: async ({ path, query }) => {
    const { limit, cursor } = query;
    const page = await planUseCases.listByYear(dependencies(), {
      year: path.year,
      page: cursor ? { limit, cursor } : { limit },
    });
    const items = page.items.map(publicPlan);
    return ok(page.cursor ? { items, cursor: page.cursor } : { items });
  },
});
