import { itemUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { DeptPathSchema, ItemListQuerySchema, pageAndFilter } from './directory.schemas';
import { publicItem } from './item-view';

/** GET /departments/{dept}/items?status=&category=&limit=&cursor=: public. */
export const handler = httpHandler({
  auth: 'public',
  path: DeptPathSchema,
  query: ItemListQuerySchema,
  handler: async ({ path, query }) => {
    const { page, filter } = pageAndFilter(query);
    const list = await itemUseCases.list(dependencies(), { department: path.dept, filter, page });
    return ok({ ...list, items: list.items.map(publicItem) });
  },
});
