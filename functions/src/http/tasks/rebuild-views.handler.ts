import { assertOffice } from '@double-random/domain';
import { httpHandler, officeOnly, ok } from '../middleware';
import { publicDeps, publicViews } from '../public/public-deps';
import { rebuildTaskViews } from '../public/public-views';
import { RebuildViewsQuerySchema } from './tasks.schemas';
import { orUnavailable, UnavailableError } from './workflow-deps';

/**
 * POST /office/views/rebuild: every task's public view rebuilt from the source records (or a
 * year's). Views are derived data: this changes no record and writes no audit entry.
 */
export const handler = httpHandler({
  auth: 'required',
  access: officeOnly('rebuild the public views'),
  query: RebuildViewsQuerySchema,
  handler: async ({ actor, query }) =>
    orUnavailable(async () => {
      assertOffice(actor, 'rebuild the public views');
      const views = publicViews();
      if (!views) throw new UnavailableError('this deployment stores no public views');
      const tasks = await rebuildTaskViews(
        publicDeps(),
        views,
        query.year === undefined ? {} : { year: query.year },
      );
      return ok({ rebuilt: tasks.length, tasks });
    }),
});
