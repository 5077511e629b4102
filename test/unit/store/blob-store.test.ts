import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileBlobStore, StoreError } from '@double-random/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

describe('file blob store', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dr-blobs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stores content under its SHA-256 and reads it back', async () => {
    const blobs = createFileBlobStore(dir);
    const text = '{"bundle":"抽查"}';

    const ref = await blobs.putBlob(text);

    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    expect(ref).toEqual({ sha256: sha, key: `${sha.slice(0, 2)}/${sha}` });
    expect(Buffer.from((await blobs.getBlob(sha)) ?? []).toString('utf8')).toBe(text);
  });

  it('gives the same key for the same content without rewriting the file', async () => {
    const blobs = createFileBlobStore(dir);
    const first = await blobs.putBlob(new Uint8Array([1, 2, 3]));
    const before = await stat(join(dir, first.key));

    const second = await blobs.putBlob(new Uint8Array([1, 2, 3]));

    expect(second).toEqual(first);
    expect((await stat(join(dir, first.key))).mtimeMs).toBe(before.mtimeMs);
  });

  it('answers undefined for an unknown hash and refuses a malformed one', async () => {
    const blobs = createFileBlobStore(dir);

    expect(await blobs.getBlob('0'.repeat(64))).toBeUndefined();
    await expect(blobs.getBlob('../../etc/passwd')).rejects.toMatchObject({
      code: 'BLOB.SHA256_INVALID',
    });
  });

  it('refuses to return a blob whose bytes no longer match its hash', async () => {
    const blobs = createFileBlobStore(dir);
    const ref = await blobs.putBlob('original');
    await writeFile(join(dir, ref.key), 'altered');

    await expect(blobs.getBlob(ref.sha256)).rejects.toBeInstanceOf(StoreError);
  });
});
