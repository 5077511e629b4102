import { planUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { ListPlansQuerySchema, YearPathSchema } from './plan.schemas';
import { planViewFor } from './plan-route';

/** GET /plans/{year}: the office lists every plan of the year, anyone else the published ones. */
export const handler = httpHandler({
  auth: 'public',
  path: YearPathSchema,
  query: ListPlansQuerySchema,
  handler: async ({ actor, path, query }) => {
    const { status, limit, cursor } = query;
    const page = await planUseCases.listByYear(dependencies(), {
      ...(actor ? { actor } : {}),
      year: path.year,
      filter: status ? { status } : {},
      page: cursor ? { limit, cursor } : { limit },
    });
    const items = page.items.map((plan) => planViewFor(actor, plan));
    return ok(page.cursor ? { items, cursor: page.cursor } : { items });
  },
});
