import { inspectorUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { departmentOrOffice, httpHandler, ok } from '../middleware';
import { DeptPathSchema, InspectorListQuerySchema, pageAndFilter } from './directory.schemas';
import { inspectorViewFor } from './inspector-view';

/** GET /departments/{dept}/inspectors?status=&unit=&qualification=&limit=&cursor= */
export const handler = httpHandler({
  auth: 'required',
  access: departmentOrOffice,
  path: DeptPathSchema,
  query: InspectorListQuerySchema,
  handler: async ({ actor, path, query }) => {
    const { page, filter } = pageAndFilter(query);
    const result = await inspectorUseCases.list(dependencies(), {
      actor,
      department: path.dept,
      filter,
      page,
    });
    return ok({ ...result, items: result.items.map((i) => inspectorViewFor(actor, i)) });
  },
});
