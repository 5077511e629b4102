import { assertEvidenceAllowed, assertEvidenceBytes, Sha256HexSchema } from '@double-random/domain';
import { sha256Hex } from '@double-random/store';
import { dependencies } from '../../composition';
import { created, httpHandler, z } from '../middleware';
import { evidenceUploader } from './evidence-access';

export const EvidencePutPathSchema = z.object({ sha256: Sha256HexSchema });

/**
 * PUT /evidence/{sha256}: the upload of one evidence file where the blob store is the local
 * folder (in AWS the upload goes straight to S3 by the presigned URL). The body must hash to
 * the path's SHA-256 and be of an accepted type and size; it is then written under its hash.
 */
export const handler = httpHandler({
  auth: 'required',
  access: evidenceUploader,
  path: EvidencePutPathSchema,
  rawBody: true,
  handler: async ({ path, body, headers }) => {
    const contentType = headers['content-type'] ?? '';
    assertEvidenceAllowed({ sha256: path.sha256, size: body.byteLength, contentType });
    assertEvidenceBytes(
      { sha256: path.sha256 },
      { sha256: sha256Hex(body), size: body.byteLength },
    );
    const { blobs } = dependencies();
    if (!blobs) throw new Error('evidence: this deployment has no blob store');
    const ref = await blobs.putBlob(body);
    return created(
      { sha256: ref.sha256, id: ref.key, size: body.byteLength },
      `/evidence/${ref.sha256}`,
    );
  },
});
