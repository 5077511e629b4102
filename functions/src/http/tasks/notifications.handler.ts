import { listNotifications } from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok } from '../middleware';
import { NotificationsQuerySchema } from './tasks.schemas';
import { orUnavailable } from './workflow-deps';

/**
 * GET /notifications: the outbox with each notification's delivery record — all of it for
 * the office, a department's with `department`, and an inspector's own without it.
 */
export const handler = httpHandler({
  auth: 'required',
  query: NotificationsQuerySchema,
  handler: async ({ actor, query }) =>
    orUnavailable(async () => {
      const { limit, cursor, status, department } = query;
      const page = await listNotifications(dependencies(), {
        actor,
        filter: { ...(status ? { status } : {}), ...(department ? { department } : {}) },
        page: cursor ? { limit, cursor } : { limit },
      });
      return ok(page);
    }),
});
