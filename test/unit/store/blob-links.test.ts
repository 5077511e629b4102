import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ANSWER_PREFIX,
  type BlobLinks,
  createAnswerStore,
  createFileBlobStore,
  createLocalBlobLinks,
  createS3BlobLinks,
  sha256Hex,
} from '@double-random/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const sha256 = sha256Hex('{"spec":"dr-draw/1"}');
const key = `answers/${sha256.slice(0, 2)}/${sha256}`;
const json = { contentType: 'application/json; charset=utf-8' };

describe('links to blobs (large answers, docs/text-and-limits.md)', () => {
  it('presigns an S3 GET of the key that answers with the type and name signed into it', async () => {
    const links = createS3BlobLinks({
      bucket: 'blobs',
      region: 'cn-north-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
    const url = new URL(
      await links.linkTo(key, {
        contentType: 'text/csv; charset=utf-8',
        disposition: "attachment; filename*=UTF-8''%E6%8A%BD.csv",
      }),
    );
    expect(url.hostname).toBe('blobs.s3.cn-north-1.amazonaws.com.cn');
    expect(url.pathname).toBe(`/${key}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('response-content-type')).toBe('text/csv; charset=utf-8');
    expect(url.searchParams.get('response-content-disposition')).toBe(
      "attachment; filename*=UTF-8''%E6%8A%BD.csv",
    );
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('signs a local link to /blobs/ that the check accepts, with its headers', async () => {
    const links = createLocalBlobLinks();
    const link = new URL(await links.linkTo(key, json), 'http://localhost');
    expect(link.pathname).toBe(`/blobs/${key}`);
    expect(links.check(link.pathname, link.searchParams)).toEqual({
      ok: true,
      key,
      sha256,
      headers: json,
    });
  });

  it('refuses a local link changed in any part, or signed by another server', async () => {
    const links = createLocalBlobLinks();
    const link = new URL(await links.linkTo(key, json), 'http://localhost');
    const changed = (name: string, value: string) => {
      const q = new URLSearchParams(link.searchParams);
      q.set(name, value);
      return links.check(link.pathname, q);
    };
    expect(changed('response-content-type', 'text/html')).toEqual({
      ok: false,
      reason: 'signature',
    });
    expect(changed('expires', String(Number(link.searchParams.get('expires')) + 1))).toEqual({
      ok: false,
      reason: 'signature',
    });
    const other = `/blobs/answers/00/${'0'.repeat(64)}`;
    expect(links.check(other, link.searchParams)).toEqual({ ok: false, reason: 'signature' });
    expect(links.check('/blobs/../etc/passwd', link.searchParams)).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(createLocalBlobLinks().check(link.pathname, link.searchParams)).toEqual({
      ok: false,
      reason: 'signature',
    });
  });

  it('refuses a local link once it has expired, as S3 does', async () => {
    let now = Date.parse('2027-03-01T02:00:00Z');
    const links = createLocalBlobLinks({ now: () => now, seconds: 300 });
    const link = new URL(await links.linkTo(key, json), 'http://localhost');
    now += 299_000;
    expect(links.check(link.pathname, link.searchParams).ok).toBe(true);
    now += 2_000;
    expect(links.check(link.pathname, link.searchParams)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });
});

describe('the answer store', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dr-answers-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const recording = () => {
    const linked: string[] = [];
    const links: BlobLinks = {
      linkTo: async (k) => {
        linked.push(k);
        return `/blobs/${k}`;
      },
    };
    return { links, linked };
  };

  it('keeps an answer under answers/ by its SHA-256 and links to that key', async () => {
    const { links, linked } = recording();
    const answers = createAnswerStore({
      blobs: createFileBlobStore(dir, { prefix: ANSWER_PREFIX }),
      links,
      inlineLimit: 10,
    });
    const text = '{"spec":"dr-draw/1"}';
    expect(await answers.keep(text, json)).toBe(`/blobs/${key}`);
    expect(await readFile(join(dir, key), 'utf8')).toBe(text);
    expect(linked).toEqual([key]);
    expect(answers.inlineLimit).toBe(10);
  });

  it('stores the same answer once in a runtime, however often it is linked', async () => {
    const { links } = recording();
    let puts = 0;
    const blobs = createFileBlobStore(dir, { prefix: ANSWER_PREFIX });
    const answers = createAnswerStore({
      blobs: {
        putBlob: (c) => {
          puts++;
          return blobs.putBlob(c);
        },
        getBlob: blobs.getBlob,
      },
      links,
    });
    const first = await answers.keep('a large answer', json);
    expect(await answers.keep('a large answer', json)).toBe(first);
    expect(puts).toBe(1);
    expect(answers.inlineLimit).toBe(1024 * 1024);
  });
});
