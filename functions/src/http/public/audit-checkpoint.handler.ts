import { latestCheckpointView } from '@double-random/domain';
import { httpHandler, ok } from '../middleware';
import { orUnavailable } from '../tasks/workflow-deps';
import { auditLogDeps } from './audit-log-deps';

/** GET /audit-log/checkpoint: the latest signed checkpoint and the key that signed it. */
export const handler = httpHandler({
  auth: 'public',
  handler: async () => orUnavailable(async () => ok(await latestCheckpointView(auditLogDeps()))),
});
