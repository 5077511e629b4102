import { inspectorUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { departmentOrSelf, httpHandler, ok } from '../middleware';
import { EntryPathSchema } from './directory.schemas';
import { inspectorViewFor } from './inspector-view';

/** GET /departments/{dept}/inspectors/{id}: the department, the office, or the inspector. */
export const handler = httpHandler({
  auth: 'required',
  access: departmentOrSelf(false),
  path: EntryPathSchema,
  handler: async ({ actor, path }) => {
    const inspector = await inspectorUseCases.get(dependencies(), {
      actor,
      department: path.dept,
      id: path.id,
    });
    return ok(inspectorViewFor(actor, inspector));
  },
});
