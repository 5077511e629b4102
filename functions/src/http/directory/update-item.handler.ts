import { itemUseCases } from '@double-random/domain';
import { ItemPatchBodySchema } from './directory.schemas';
import { updateHandler } from './entry-handlers';

/** PATCH /departments/{dept}/items/{id}: change fields of the version the caller read. */
export const handler = updateHandler(ItemPatchBodySchema, itemUseCases.update);
