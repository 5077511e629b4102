import { planUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, officeOnly, ok } from '../middleware';
import { ListPlansQuerySchema, YearPathSchema } from './plan.schemas';

/** GET /plans/{year}/internal?status=: every plan of a year in any state, for the office. */
export const handler = httpHandler({
  auth: 'required',
  access: officeOnly("list a year's plans in every state"),
  path: YearPathSchema,
  query: ListPlansQuerySchema,
  handler: async ({ actor, path, query }) => {
    const { status, limit, cursor } = query;
    const page = await planUseCases.listByYear(dependencies(), {
      actor,
      year: path.year,
      filter: status ? { status } : {},
      page: cursor ? { limit, cursor } : { limit },
    });
    return ok(page.cursor ? { items: page.items, cursor: page.cursor } : { items: page.items });
  },
});
