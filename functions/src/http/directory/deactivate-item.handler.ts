import { itemUseCases } from '@double-random/domain';
import { tellPlatformOfItems } from '../../exchange/platform';
import { deactivateHandler } from './entry-handlers';

/** POST /departments/{dept}/items/{id}/deactivate: nothing is deleted; the entry leaves with a reason and a date. */
export const handler = deactivateHandler(async (deps, cmd) => {
  const item = await itemUseCases.deactivate(deps, cmd);
  await tellPlatformOfItems(cmd.department);
  return item;
});
