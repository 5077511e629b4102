import { targetUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { departmentOrOffice, httpHandler, ok } from '../middleware';
import { DeptPathSchema, pageAndFilter, TargetListQuerySchema } from './directory.schemas';

/** GET /departments/{dept}/targets?status=&riskClass=&town=&kind=&limit=&cursor= */
export const handler = httpHandler({
  auth: 'required',
  access: departmentOrOffice,
  path: DeptPathSchema,
  query: TargetListQuerySchema,
  handler: async ({ actor, path, query }) => {
    const { page, filter } = pageAndFilter(query);
    return ok(
      await targetUseCases.list(dependencies(), { actor, department: path.dept, filter, page }),
    );
  },
});
