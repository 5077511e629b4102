import { itemUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { DeptPathSchema, ItemListQuerySchema, pageAndFilter } from './directory.schemas';

/** GET /departments/{dept}/items?status=&category=&limit=&cursor=: public. */
export const handler = httpHandler({
  auth: 'public',
  path: DeptPathSchema,
  query: ItemListQuerySchema,
  handler: async ({ path, query }) => {
    const { page, filter } = pageAndFilter(query);
    return ok(await itemUseCases.list(dependencies(), { department: path.dept, filter, page }));
  },
});
