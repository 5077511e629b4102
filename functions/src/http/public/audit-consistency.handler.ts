import { consistencyView } from '@double-random/domain';
import { httpHandler, ok } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { ConsistencyQuerySchema } from './audit-log.schemas';
import { auditLogDeps } from './audit-log-deps';

/** GET /audit-log/consistency?from=&to=: the log of `to` entries extends the one of `from`. */
export const handler = httpHandler({
  auth: 'public',
  query: ConsistencyQuerySchema,
  handler: async ({ query }) =>
    orUnavailable(async () => ok(await consistencyView(auditLogDeps(), query.from, query.to))),
});
