import { ItemCreateInputSchema, itemUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { tellPlatformOfItems } from '../../exchange/platform';
import { created, httpHandler, ownDepartment } from '../middleware';
import { DeptPathSchema, entryLocation } from './directory.schemas';

/** POST /departments/{dept}/items: a new entry of the department's directory. */
export const handler = httpHandler({
  auth: 'required',
  access: ownDepartment,
  path: DeptPathSchema,
  body: ItemCreateInputSchema,
  handler: async ({ actor, path, body }) => {
    const item = await itemUseCases.create(dependencies(), {
      actor,
      department: path.dept,
      input: body,
    });
    // the item list changed: the provincial platform is told, best effort (docs/exchange.md)
    await tellPlatformOfItems(path.dept);
    return created(item, entryLocation(path.dept, 'items', item.code));
  },
});
