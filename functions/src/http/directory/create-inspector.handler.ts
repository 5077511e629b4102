import { InspectorCreateInputSchema, inspectorUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { created, httpHandler, ownDepartment } from '../middleware';
import { DeptPathSchema, entryLocation } from './directory.schemas';

/** POST /departments/{dept}/inspectors: a new entry of the department's directory. */
export const handler = httpHandler({
  auth: 'required',
  access: ownDepartment,
  path: DeptPathSchema,
  body: InspectorCreateInputSchema,
  handler: async ({ actor, path, body }) => {
    const inspector = await inspectorUseCases.create(dependencies(), {
      actor,
      department: path.dept,
      input: body,
    });
    return created(inspector, entryLocation(path.dept, 'inspectors', inspector.id));
  },
});
