import type { AuditLogDeps } from '@double-random/domain';
import { dependencies } from '../../composition';
import { UnavailableError } from '../tasks/workflow-deps';

/** The audit log's parts of the composition; without a checkpoint key the routes answer 503. */
export const auditLogDeps = (): AuditLogDeps => {
  const { auditTree, checkpointKey, clock, logOrigin } = dependencies();
  if (!checkpointKey)
    throw new UnavailableError('this deployment has no checkpoint key: CHECKPOINT_KEY_ID is unset');
  return { auditTree, checkpointKey, clock, logOrigin };
};
