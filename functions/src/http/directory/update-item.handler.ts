import { itemUseCases } from '@double-random/domain';
import { tellPlatformOfItems } from '../../exchange/platform';
import { ItemPatchBodySchema } from './directory.schemas';
import { updateHandler } from './entry-handlers';

/** PATCH /departments/{dept}/items/{id}: change fields of the version the caller read. */
export const handler = updateHandler(ItemPatchBodySchema, async (deps, cmd) => {
  const item = await itemUseCases.update(deps, cmd);
  await tellPlatformOfItems(cmd.department);
  return item;
});
