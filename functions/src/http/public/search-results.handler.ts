import { httpHandler, ok } from '../middleware';
import { orUnavailable, publicResultIndex } from '../tasks/workflow-deps';
import { ResultsQuerySchema } from './public.schemas';
import { searchResults } from './public-reads';

/** GET /results?q=: published results, newest first, by 统一社会信用代码 or name prefix. */
export const handler = httpHandler({
  auth: 'public',
  query: ResultsQuerySchema,
  handler: async ({ query }) =>
    orUnavailable(async () => {
      const { q, limit, cursor } = query;
      return ok(
        await searchResults(publicResultIndex(), {
          limit,
          ...(q ? { q } : {}),
          ...(cursor ? { cursor } : {}),
        }),
      );
    }),
});
