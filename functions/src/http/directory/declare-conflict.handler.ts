import { inspectorUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { departmentOrSelf, httpHandler, ok } from '../middleware';
import { ConflictBodySchema, EntryPathSchema } from './directory.schemas';
import { inspectorViewFor } from './inspector-view';

/**
 * POST /departments/{dept}/inspectors/{id}/conflicts: a recusal (回避) declared by the
 * inspector or recorded by the department. The reason is private to them.
 */
export const handler = httpHandler({
  auth: 'required',
  access: departmentOrSelf(true),
  path: EntryPathSchema,
  body: ConflictBodySchema,
  handler: async ({ actor, path, body }) => {
    const { expectedVersion, ...input } = body;
    const inspector = await inspectorUseCases.declareConflict(dependencies(), {
      actor,
      department: path.dept,
      id: path.id,
      expectedVersion,
      input,
    });
    return ok(inspectorViewFor(actor, inspector));
  },
});
