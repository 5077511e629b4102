import { itemUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { EntryPathSchema } from './directory.schemas';
import { publicItem } from './item-view';

/** GET /departments/{dept}/items/{id}: item lists are public (清单之外无检查). */
export const handler = httpHandler({
  auth: 'public',
  path: EntryPathSchema,
  handler: async ({ path }) =>
    ok(
      publicItem(await itemUseCases.get(dependencies(), { department: path.dept, code: path.id })),
    ),
});
