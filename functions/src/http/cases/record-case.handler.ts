import { caseUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { created, httpHandler, ownDepartment } from '../middleware';
import { CaseDeptPathSchema, RecordCaseBodySchema } from './cases.schemas';

/** POST /departments/{dept}/cases: the department records a case inspection (个案处理). */
export const handler = httpHandler({
  auth: 'required',
  access: ownDepartment,
  path: CaseDeptPathSchema,
  body: RecordCaseBodySchema,
  handler: async ({ actor, path, body }) => {
    const c = await caseUseCases.recordCase(dependencies(), {
      actor,
      input: { ...body, department: path.dept },
    });
    return created(c, `/departments/${path.dept}/cases/${c.id}`);
  },
});
