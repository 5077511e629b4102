import { caseChain, caseUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { departmentOrOffice, httpHandler, ok } from '../middleware';
import { CasePathSchema } from './cases.schemas';

/** GET /departments/{dept}/cases/{caseId}/audit: the case's chain (record, publication). */
export const handler = httpHandler({
  auth: 'required',
  access: departmentOrOffice,
  path: CasePathSchema,
  handler: async ({ actor, path }) => {
    const deps = dependencies();
    const c = await caseUseCases.getCase(deps, { actor, department: path.dept, id: path.caseId });
    const page = await deps.audit.read(caseChain(c.id), { limit: 100 });
    return ok({ items: page.items });
  },
});
