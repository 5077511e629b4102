import { httpHandler, ok } from '../middleware';
import { orUnavailable, publicResultIndex } from '../tasks/workflow-deps';
import { PageQuerySchema, TargetIdPathSchema } from './public.schemas';
import { publicDeps } from './public-deps';
import { targetResults } from './public-reads';

/** GET /targets/{targetId}/results: one enterprise's published results and its draws. */
export const handler = httpHandler({
  auth: 'public',
  path: TargetIdPathSchema,
  query: PageQuerySchema,
  handler: async ({ path, query }) =>
    orUnavailable(async () =>
      ok(
        await targetResults(publicDeps(), publicResultIndex(), {
          targetId: path.targetId,
          limit: query.limit,
          ...(query.cursor ? { cursor: query.cursor } : {}),
        }),
      ),
    ),
});
