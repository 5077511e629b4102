import { targetUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { EntryPathSchema, TargetPatchBodySchema } from './directory.schemas';

/** PATCH /departments/{dept}/targets/{id}: change fields of the version the caller read. */
export const handler = httpHandler({
  auth: 'required',
  path: EntryPathSchema,
  body: TargetPatchBodySchema,
  handler: async ({ actor, path, body }) => {
    const { expectedVersion, reason, ...patch } = body;
    const target = await targetUseCases.update(dependencies(), {
      actor,
      department: path.dept,
      id: path.id,
      expectedVersion,
      patch,
      ...(reason === undefined ? {} : { reason }),
    });
    return ok(target);
  },
});
