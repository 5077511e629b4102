import { itemUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { EntryPathSchema, ItemPatchBodySchema } from './directory.schemas';

/** PATCH /departments/{dept}/items/{id}: change fields of the version the caller read. */
export const handler = httpHandler({
  auth: 'required',
  path: EntryPathSchema,
  body: ItemPatchBodySchema,
  handler: async ({ actor, path, body }) => {
    const { expectedVersion, reason, ...patch } = body;
    const item = await itemUseCases.update(dependencies(), {
      actor,
      department: path.dept,
      id: path.id,
      expectedVersion,
      patch,
      ...(reason === undefined ? {} : { reason }),
    });
    return ok(item);
  },
});
