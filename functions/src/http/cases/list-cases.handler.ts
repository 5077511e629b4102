import { caseUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { departmentOrOffice, httpHandler, ok } from '../middleware';
import { CaseDeptPathSchema, CaseYearQuerySchema } from './cases.schemas';

/** GET /departments/{dept}/cases?year=: a department's cases, whole (the department, the office). */
export const handler = httpHandler({
  auth: 'required',
  access: departmentOrOffice,
  path: CaseDeptPathSchema,
  query: CaseYearQuerySchema,
  handler: async ({ actor, path, query }) =>
    ok(
      await caseUseCases.listCases(dependencies(), {
        actor,
        department: path.dept,
        year: query.year,
        page: { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) },
      }),
    ),
});
