import { targetUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { departmentOrOffice, httpHandler, ok } from '../middleware';
import { EntryPathSchema } from './directory.schemas';

/** GET /departments/{dept}/targets/{id}: the department and the office read the directory. */
export const handler = httpHandler({
  auth: 'required',
  access: departmentOrOffice,
  path: EntryPathSchema,
  handler: async ({ actor, path }) =>
    ok(await targetUseCases.get(dependencies(), { actor, department: path.dept, id: path.id })),
});
