import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ValidationError } from '@double-random/domain';
import { STORE_CODES, StoreError } from './errors';

/**
 * Large immutable documents (draw bundles, results, exports) live outside the table,
 * addressed by their SHA-256; the table keeps the hash and key. The same key layout
 * (`<sha256[0:2]>/<sha256>`) serves a folder locally and an S3 bucket in AWS.
 */
export interface BlobRef {
  sha256: string;
  key: string;
}

export interface BlobStore {
  putBlob(content: Uint8Array | string): Promise<BlobRef>;
  /** the bytes, or undefined when no blob has this hash */
  getBlob(sha256: string): Promise<Uint8Array | undefined>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export const sha256Hex = (content: Uint8Array | string): string =>
  createHash('sha256').update(content).digest('hex');

export const blobKey = (sha256: string): string => {
  if (!SHA256.test(sha256)) {
    throw new ValidationError(STORE_CODES.blobHashInvalid, 'sha256: 64 lowercase hex digits', {
      field: 'sha256',
      rule: '64 lowercase hex digits',
      value: sha256,
    });
  }
  return `${sha256.slice(0, 2)}/${sha256}`;
};

const exists = async (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return false;
      throw e;
    },
  );

/** A blob store in a local directory (e.g. `.data/blobs`). */
export const createFileBlobStore = (directory: string): BlobStore => ({
  async putBlob(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const sha256 = sha256Hex(bytes);
    const key = blobKey(sha256);
    const path = join(directory, key);
    if (await exists(path)) return { sha256, key };
    await mkdir(dirname(path), { recursive: true });
    // written aside then renamed, so a crash never leaves a partial blob under its hash
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, bytes, { flag: 'wx' });
      await rename(temp, path);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
    return { sha256, key };
  },

  async getBlob(sha256) {
    const path = join(directory, blobKey(sha256));
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    if (sha256Hex(bytes) !== sha256) {
      throw new StoreError(STORE_CODES.blobCorrupt, `blob ${sha256} does not match its hash`);
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  },
});
