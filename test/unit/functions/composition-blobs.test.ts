import { createDependencies, readConfig } from '@double-random/functions';
import type { S3Sender } from '@double-random/store';
import { describe, expect, it } from 'vitest';

/** An S3 client stand-in that records what is sent to it. */
const sent: { name: string; input: Record<string, unknown> }[] = [];
const s3 = {
  send: async (c: { constructor: { name: string }; input: Record<string, unknown> }) => {
    sent.push({ name: c.constructor.name, input: c.input });
    return {};
  },
} as unknown as S3Sender;

describe('composition of the blob store', () => {
  it('BLOB_BUCKET builds the S3 blob store and the blob-backed workflow stores', async () => {
    const deps = createDependencies(readConfig({ TABLE_NAME: 't', BLOB_BUCKET: 'b' }), { s3 });
    await deps.blobs?.putBlob('x');
    expect(sent).toEqual([
      expect.objectContaining({
        name: 'PutObjectCommand',
        input: expect.objectContaining({ Bucket: 'b' }),
      }),
    ]);
    expect(deps.bundles).toBeDefined();
    expect(deps.draws).toBeDefined();
    expect(deps.tasks).toBeDefined();
    expect(deps.publicResults).toBeDefined();
  });

  it('BLOB_BUCKET keeps large answers under answers/, above ANSWER_INLINE_LIMIT', async () => {
    sent.length = 0;
    const deps = createDependencies(
      readConfig({ TABLE_NAME: 't', BLOB_BUCKET: 'b', ANSWER_INLINE_LIMIT: '4096' }),
      { s3, blobLinks: { linkTo: async (key) => `https://b.example/${key}` } },
    );
    expect(deps.answers?.inlineLimit).toBe(4096);
    const link = await deps.answers?.keep('x', { contentType: 'text/plain' });
    expect(link).toMatch(/^https:\/\/b\.example\/answers\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(sent).toEqual([
      expect.objectContaining({
        name: 'PutObjectCommand',
        input: expect.objectContaining({
          Bucket: 'b',
          Key: link?.slice('https://b.example/'.length),
        }),
      }),
    ]);
    expect(
      createDependencies(readConfig({ TABLE_NAME: 't', BLOB_BUCKET: 'b' })).answers?.inlineLimit,
    ).toBe(1024 * 1024);
    expect(() => readConfig({ TABLE_NAME: 't', ANSWER_INLINE_LIMIT: 'lots' })).toThrow(
      /ANSWER_INLINE_LIMIT/,
    );
  });

  it('a blob folder links large answers only where the local server signs them', () => {
    expect(
      createDependencies(readConfig({ TABLE_NAME: 't', BLOB_DIR: '/tmp/b' })).answers,
    ).toBeUndefined();
  });

  it('without a blob location the table-only workflow stores are still there', () => {
    const deps = createDependencies(readConfig({ TABLE_NAME: 't' }));
    expect(deps.blobs).toBeUndefined();
    expect(deps.bundles).toBeUndefined();
    expect(deps.draws).toBeUndefined();
    expect(deps.answers).toBeUndefined();
    expect(deps.audit).toBeDefined();
  });
});
