import { caseUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok, ownDepartment } from '../middleware';
import { CasePathSchema } from './cases.schemas';

/** POST /departments/{dept}/cases/{caseId}/publish: published beside the draws, kind 个案. */
export const handler = httpHandler({
  auth: 'required',
  access: ownDepartment,
  path: CasePathSchema,
  handler: async ({ actor, path }) =>
    ok(
      await caseUseCases.publishCase(dependencies(), {
        actor,
        department: path.dept,
        id: path.caseId,
      }),
    ),
});
