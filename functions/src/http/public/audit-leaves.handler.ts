import { leavesView } from '@double-random/domain';
import { httpHandler, ok } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { LeavesQuerySchema } from './audit-log.schemas';
import { auditLogDeps } from './audit-log-deps';

/** GET /audit-log/leaves?start=&end=: leaves in order, for witnesses that count every chain. */
export const handler = httpHandler({
  auth: 'public',
  query: LeavesQuerySchema,
  handler: async ({ query }) =>
    orUnavailable(async () => ok(await leavesView(auditLogDeps(), query.start, query.end))),
});
