// first: X-Ray is registered before any handler is built (functions/src/tracing.ts)
import '../tracing';
import { sequenceAuditLog } from '@double-random/domain';
import { dependencies } from '../composition';

/**
 * The audit log's sequencer in AWS (docs/audit-log.md), run by a schedule: integrates every
 * chain's new entries into the tree and signs a checkpoint with the KMS key. Idempotent, so
 * an overlapping or retried run adds nothing twice.
 */
export const handler = async (): Promise<{ size: number; rootHash: string }> => {
  const { auditTree, checkpointKey, clock, logOrigin } = dependencies();
  if (!checkpointKey) throw new Error('audit log: CHECKPOINT_KEY_ID is not set');
  const checkpoint = await sequenceAuditLog({ auditTree, checkpointKey, clock, logOrigin });
  return { size: checkpoint.size, rootHash: checkpoint.rootHash };
};
