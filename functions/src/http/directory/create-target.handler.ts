import { TargetCreateInputSchema, targetUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { created, httpHandler, ownDepartment } from '../middleware';
import { DeptPathSchema, entryLocation } from './directory.schemas';

/** POST /departments/{dept}/targets: a new entry of the department's directory. */
export const handler = httpHandler({
  auth: 'required',
  access: ownDepartment,
  path: DeptPathSchema,
  body: TargetCreateInputSchema,
  handler: async ({ actor, path, body }) => {
    const target = await targetUseCases.create(dependencies(), {
      actor,
      department: path.dept,
      input: body,
    });
    return created(target, entryLocation(path.dept, 'targets', target.id));
  },
});
