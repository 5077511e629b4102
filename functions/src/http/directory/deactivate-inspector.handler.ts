import { inspectorUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { DeactivateBodySchema, EntryPathSchema } from './directory.schemas';

/** POST /departments/{dept}/inspectors/{id}/deactivate: nothing is deleted; the entry leaves with a reason and a date. */
export const handler = httpHandler({
  auth: 'required',
  path: EntryPathSchema,
  body: DeactivateBodySchema,
  handler: async ({ actor, path, body }) => {
    const { expectedVersion, ...input } = body;
    const inspector = await inspectorUseCases.deactivate(dependencies(), {
      actor,
      department: path.dept,
      id: path.id,
      expectedVersion,
      input,
    });
    return ok(inspector);
  },
});
