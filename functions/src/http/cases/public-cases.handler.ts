import { caseUseCases } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { publicResultView } from '../public/public-reads';
import { CaseYearQuerySchema } from './cases.schemas';

/** GET /cases?year=: the year's published cases (个案), newest first, without personal data. */
export const handler = httpHandler({
  auth: 'public',
  query: CaseYearQuerySchema,
  handler: async ({ query }) => {
    const page = await caseUseCases.listPublishedCases(dependencies(), query.year, {
      limit: query.limit,
      ...(query.cursor ? { cursor: query.cursor } : {}),
    });
    return ok({
      items: page.items.map(publicResultView),
      ...(page.cursor ? { cursor: page.cursor } : {}),
    });
  },
});
