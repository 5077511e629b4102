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

  it('without a blob location the table-only workflow stores are still there', () => {
    const deps = createDependencies(readConfig({ TABLE_NAME: 't' }));
    expect(deps.blobs).toBeUndefined();
    expect(deps.bundles).toBeUndefined();
    expect(deps.draws).toBeUndefined();
    expect(deps.audit).toBeDefined();
  });
});
