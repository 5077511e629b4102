import {
  assertEvidenceAllowed,
  CodeSchema,
  EvidenceUploadRequestSchema,
} from '@double-random/domain';
import { dependencies } from '../../composition';
import { httpHandler, ok, z } from '../middleware';
import { evidenceUploader, taskFor } from './evidence-access';

export const EvidenceTaskPathSchema = z.object({ taskId: CodeSchema });
export const EvidenceUploadReplySchema = z.object({
  sha256: z.string(),
  id: z.string().meta({ description: 'the blob key; put it with the sha256 in the result' }),
  upload: z.object({
    method: z.literal('PUT'),
    url: z.string(),
    headers: z.record(z.string(), z.string()),
    expiresAt: z.string().optional(),
  }),
});

/**
 * POST /tasks/{taskId}/evidence: an inspector or a department of the task declares a file
 * (SHA-256, size, type); its type and size are checked, and the answer says where to PUT it:
 * a presigned S3 URL in AWS, the local server's /evidence/{sha256} locally (docs/evidence.md).
 */
export const handler = httpHandler({
  auth: 'required',
  access: evidenceUploader,
  path: EvidenceTaskPathSchema,
  body: EvidenceUploadRequestSchema,
  handler: async ({ actor, path, body }) => {
    const deps = dependencies();
    await taskFor(deps.tasks, actor, path.taskId, 'upload');
    assertEvidenceAllowed(body);
    const upload = await deps.evidenceUploads.uploadFor(body, deps.clock.now());
    return ok({ sha256: body.sha256, id: `${body.sha256.slice(0, 2)}/${body.sha256}`, upload });
  },
});
