import { type EvidenceCheck, verifyTaskEvidence } from '@double-random/domain';
import { type BlobStore, STORE_CODES } from '@double-random/store';
import { dependencies } from '../../composition';
import { httpHandler, ok, z } from '../middleware';
import { evidenceChecker, taskFor } from './evidence-access';
import { EvidenceTaskPathSchema } from './request-upload.handler';

export const EvidenceVerifyReplySchema = z.object({
  taskId: z.string(),
  ok: z.boolean(),
  files: z.array(
    z.object({
      targetId: z.string(),
      item: z.string(),
      id: z.string(),
      sha256: z.string(),
      status: z.enum(['intact', 'missing', 'changed']),
    }),
  ),
  problems: z.array(z.string()).meta({
    description:
      "a result whose stored evidence differs from its audit entry's, a file missing or changed",
  }),
});

/** Reads one stored file and hashes it: intact, missing, or changed since it was uploaded. */
export const evidenceCheckOf =
  (blobs: BlobStore | undefined) =>
  async (sha256: string): Promise<EvidenceCheck> => {
    try {
      return blobs && (await blobs.getBlob(sha256)) ? 'intact' : 'missing';
    } catch (e) {
      // a file whose bytes no longer hash to its address was changed after upload
      if ((e as { code?: string }).code !== STORE_CODES.blobCorrupt) throw e;
      return 'changed';
    }
  };

/**
 * GET /tasks/{taskId}/evidence/verify: every evidence file of the task's results hashed again
 * against the hashes its `result.record` audit entry carries (docs/evidence.md).
 */
export const handler = httpHandler({
  auth: 'required',
  access: evidenceChecker,
  path: EvidenceTaskPathSchema,
  handler: async ({ actor, path }) => {
    const deps = dependencies();
    const task = await taskFor(deps.tasks, actor, path.taskId, 'verify');
    const report = await verifyTaskEvidence(
      task.id,
      await deps.audit.from(task.id, 1),
      await deps.results.listByTask(task.id),
      evidenceCheckOf(deps.blobs),
    );
    return ok({ taskId: task.id, ...report });
  },
});
