import { caseUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { departmentOrOffice, httpHandler, ok } from '../middleware';
import { CasePathSchema } from './cases.schemas';

/** GET /departments/{dept}/cases/{caseId}: one case, whole (the department, the office). */
export const handler = httpHandler({
  auth: 'required',
  access: departmentOrOffice,
  path: CasePathSchema,
  handler: async ({ actor, path }) =>
    ok(
      await caseUseCases.getCase(dependencies(), {
        actor,
        department: path.dept,
        id: path.caseId,
      }),
    ),
});
