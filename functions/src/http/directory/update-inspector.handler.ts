import { inspectorUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { EntryPathSchema, InspectorPatchBodySchema } from './directory.schemas';

/** PATCH /departments/{dept}/inspectors/{id}: change fields of the version the caller read. */
export const handler = httpHandler({
  auth: 'required',
  path: EntryPathSchema,
  body: InspectorPatchBodySchema,
  handler: async ({ actor, path, body }) => {
    const { expectedVersion, reason, ...patch } = body;
    const inspector = await inspectorUseCases.update(dependencies(), {
      actor,
      department: path.dept,
      id: path.id,
      expectedVersion,
      patch,
      ...(reason === undefined ? {} : { reason }),
    });
    return ok(inspector);
  },
});
