import type { BlobStore } from '../../blob-store';
import { StoreError } from '../../errors';

export const BLOB_MISSING = 'BLOB.MISSING';

/**
 * Reads a JSON document a header points to. A header without its blob means the blob
 * location lost data: not the caller's fault, so a StoreError (500), never "not found".
 */
export const readJsonBlob = async <T>(
  blobs: BlobStore,
  sha256: string,
  what: string,
): Promise<T> => {
  const bytes = await blobs.getBlob(sha256);
  if (!bytes) {
    throw new StoreError(BLOB_MISSING, `${what}: blob ${sha256} is missing`);
  }
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as T;
};
