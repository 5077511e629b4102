/**
 * The S3 blob store against a fake client that keeps objects in a Map: unit tests have no
 * network, so this checks the requests the store sends (key, checksum, If-None-Match) and
 * how it reads S3's answers and errors, not S3 itself.
 */
import { createHash } from 'node:crypto';
import { createS3BlobStore, type S3Sender, StoreError } from '@double-random/store';
import { describe, expect, it } from 'vitest';

const s3Error = (name: string, status: number) =>
  Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

const fakeS3 = () => {
  const objects = new Map<string, Uint8Array>();
  const puts: Record<string, unknown>[] = [];
  const client = {
    async send(command: { constructor: { name: string }; input: Record<string, unknown> }) {
      const kind = command.constructor.name;
      if (kind === 'PutObjectCommand') {
        const input = command.input;
        puts.push(input);
        const body = input.Body as Uint8Array;
        const digest = createHash('sha256').update(body).digest('base64');
        if (input.ChecksumSHA256 !== digest) throw s3Error('BadDigest', 400);
        if (input.IfNoneMatch === '*' && objects.has(input.Key as string)) {
          throw s3Error('PreconditionFailed', 412);
        }
        objects.set(input.Key as string, body);
        return {};
      }
      if (kind === 'GetObjectCommand') {
        const body = objects.get(command.input.Key as string);
        if (!body) throw s3Error('NoSuchKey', 404);
        return { Body: { transformToByteArray: async () => body } };
      }
      throw new Error('unexpected command');
    },
  };
  return { client: client as unknown as S3Sender, objects, puts };
};

describe('S3 blob store (fake client)', () => {
  it('puts under <sha256[0:2]>/<sha256> with the SHA-256 checksum, and reads it back', async () => {
    const s3 = fakeS3();
    const blobs = createS3BlobStore({ bucket: 'blobs', client: s3.client });
    const text = '{"bundle":"抽查"}';
    const sha256 = createHash('sha256').update(text).digest('hex');
    expect(await blobs.putBlob(text)).toEqual({ sha256, key: `${sha256.slice(0, 2)}/${sha256}` });
    expect(s3.puts[0]).toMatchObject({ Bucket: 'blobs', IfNoneMatch: '*' });
    expect(Buffer.from((await blobs.getBlob(sha256)) as Uint8Array).toString('utf8')).toBe(text);
  });

  it('a second put of the same content succeeds without rewriting', async () => {
    const s3 = fakeS3();
    const blobs = createS3BlobStore({ bucket: 'blobs', client: s3.client });
    const first = await blobs.putBlob('same');
    expect(await blobs.putBlob('same')).toEqual(first);
    expect(s3.objects.size).toBe(1);
  });

  it('answers undefined for an absent blob and refuses bytes that do not match the hash', async () => {
    const s3 = fakeS3();
    const blobs = createS3BlobStore({ bucket: 'blobs', client: s3.client });
    const { sha256, key } = await blobs.putBlob('original');
    expect(await blobs.getBlob('0'.repeat(64))).toBeUndefined();
    s3.objects.set(key, new TextEncoder().encode('tampered'));
    await expect(blobs.getBlob(sha256)).rejects.toBeInstanceOf(StoreError);
  });

  // the answers bucket expires an object a day after it was written (docs/text-and-limits.md)
  it('with rewrite, writes an existing object again so its day starts anew', async () => {
    const s3 = fakeS3();
    const answers = createS3BlobStore({ bucket: 'answers', client: s3.client, rewrite: true });
    const first = await answers.putBlob('a large answer');
    expect(first.key).toBe(`${first.sha256.slice(0, 2)}/${first.sha256}`);
    expect(await answers.putBlob('a large answer')).toEqual(first);
    expect(s3.puts).toHaveLength(2);
    for (const put of s3.puts) {
      expect(put).toMatchObject({ Bucket: 'answers', Key: first.key });
      expect(put).not.toHaveProperty('IfNoneMatch');
    }
  });

  it('passes other S3 failures on', async () => {
    const client = {
      send: async () => {
        throw s3Error('AccessDenied', 403);
      },
    } as unknown as S3Sender;
    const blobs = createS3BlobStore({ bucket: 'blobs', client });
    await expect(blobs.putBlob('x')).rejects.toMatchObject({ name: 'AccessDenied' });
    await expect(blobs.getBlob('0'.repeat(64))).rejects.toMatchObject({ name: 'AccessDenied' });
  });
});
