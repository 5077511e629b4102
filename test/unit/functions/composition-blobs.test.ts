import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('ANSWER_BUCKET keeps large answers there, above ANSWER_INLINE_LIMIT, never in BLOB_BUCKET', async () => {
    sent.length = 0;
    const deps = createDependencies(
      readConfig({
        TABLE_NAME: 't',
        BLOB_BUCKET: 'b',
        ANSWER_BUCKET: 'a',
        ANSWER_INLINE_LIMIT: '4096',
      }),
      { s3, blobLinks: { linkTo: async (key) => `https://a.example/${key}` } },
    );
    expect(deps.answers?.inlineLimit).toBe(4096);
    const link = await deps.answers?.keep('x', { contentType: 'text/plain' });
    expect(link).toMatch(/^https:\/\/a\.example\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(sent).toEqual([
      expect.objectContaining({
        name: 'PutObjectCommand',
        input: expect.objectContaining({
          Bucket: 'a',
          Key: link?.slice('https://a.example/'.length),
        }),
      }),
    ]);
    // rewritten on every store: the object's day starts anew
    expect(sent[0]?.input).not.toHaveProperty('IfNoneMatch');
    expect(
      createDependencies(readConfig({ TABLE_NAME: 't', ANSWER_BUCKET: 'a' })).answers?.inlineLimit,
    ).toBe(1024 * 1024);
    expect(() => readConfig({ TABLE_NAME: 't', ANSWER_INLINE_LIMIT: 'lots' })).toThrow(
      /ANSWER_INLINE_LIMIT/,
    );
  });

  it('links no large answers with a blob location alone: they are not records', () => {
    expect(
      createDependencies(readConfig({ TABLE_NAME: 't', BLOB_BUCKET: 'b' })).answers,
    ).toBeUndefined();
    expect(
      createDependencies(readConfig({ TABLE_NAME: 't', BLOB_DIR: '/tmp/b' }), {
        blobLinks: { linkTo: async (key) => `/blobs/${key}` },
      }).answers,
    ).toBeUndefined();
  });

  it('an answer folder links large answers only where the local server signs them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dr-answers-'));
    try {
      const cfg = readConfig({
        TABLE_NAME: 't',
        BLOB_DIR: join(dir, 'blobs'),
        ANSWER_DIR: join(dir, 'answers'),
      });
      expect(createDependencies(cfg).answers).toBeUndefined();
      const deps = createDependencies(cfg, {
        blobLinks: { linkTo: async (key) => `/blobs/${key}` },
      });
      const link = await deps.answers?.keep('x', { contentType: 'text/plain' });
      expect(await readFile(join(dir, 'answers', link!.slice('/blobs/'.length)), 'utf8')).toBe('x');
      expect(existsSync(join(dir, 'blobs'))).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
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
