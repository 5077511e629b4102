import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ANSWER_LIFETIME_MS,
  ANSWER_MEMORY_MS,
  ANSWER_PRUNE_INTERVAL_MS,
  type BlobLinks,
  createAnswerFolder,
  createAnswerStore,
  createFileBlobStore,
  createLocalBlobLinks,
  createS3BlobLinks,
  sha256Hex,
} from '@double-random/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const sha256 = sha256Hex('{"spec":"dr-draw/1"}');
const key = `${sha256.slice(0, 2)}/${sha256}`;
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
    const other = `/blobs/00/${'0'.repeat(64)}`;
    expect(links.check(other, link.searchParams)).toEqual({ ok: false, reason: 'signature' });
    for (const path of ['/blobs/../etc/passwd', `/blobs/answers/${key}`])
      expect(links.check(path, link.searchParams)).toEqual({ ok: false, reason: 'malformed' });
    await expect(links.linkTo(`answers/${key}`, json)).rejects.toThrow(/no blob key/);
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

  /** A blob store that counts its puts. */
  const counting = (blobs = createFileBlobStore(dir)) => {
    const counted = {
      puts: 0,
      putBlob: (c: Uint8Array | string) => {
        counted.puts++;
        return blobs.putBlob(c);
      },
    };
    return counted;
  };

  it('keeps an answer by its SHA-256 and links to that key', async () => {
    const { links, linked } = recording();
    const answers = createAnswerStore({ blobs: createFileBlobStore(dir), links, inlineLimit: 10 });
    const text = '{"spec":"dr-draw/1"}';
    expect(await answers.keep(text, json)).toBe(`/blobs/${key}`);
    expect(await readFile(join(dir, key), 'utf8')).toBe(text);
    expect(linked).toEqual([key]);
    expect(answers.inlineLimit).toBe(10);
  });

  it('stores the same answer once in a runtime, however often it is linked', async () => {
    const { links } = recording();
    const blobs = counting();
    const answers = createAnswerStore({ blobs, links });
    const first = await answers.keep('a large answer', json);
    expect(await answers.keep('a large answer', json)).toBe(first);
    expect(blobs.puts).toBe(1);
    expect(answers.inlineLimit).toBe(1024 * 1024);
  });

  // the stored object expires a day after its last write: a link given from memory must never
  // name one written longer ago than the memory lasts
  it('remembers a stored answer for an hour at most, well inside its day, then stores it again', async () => {
    expect(ANSWER_MEMORY_MS).toBeLessThanOrEqual(60 * 60 * 1000);
    expect(ANSWER_MEMORY_MS * 12).toBeLessThanOrEqual(ANSWER_LIFETIME_MS);
    let now = Date.parse('2027-03-01T02:00:00Z');
    const { links } = recording();
    const blobs = counting();
    const answers = createAnswerStore({ blobs, links, now: () => now });
    await answers.keep('a large answer', json);
    now += ANSWER_MEMORY_MS - 1;
    await answers.keep('a large answer', json);
    expect(blobs.puts).toBe(1);
    now += 1;
    await answers.keep('a large answer', json);
    expect(blobs.puts).toBe(2);
    // remembered again from that second store, for another hour
    now += ANSWER_MEMORY_MS - 1;
    await answers.keep('a large answer', json);
    expect(blobs.puts).toBe(2);
    now += 1;
    await answers.keep('a large answer', json);
    expect(blobs.puts).toBe(3);
  });

  it('remembers at most a thousand answers, forgetting the oldest first', async () => {
    const { links } = recording();
    const blobs = counting({
      putBlob: async (c) => ({
        sha256: sha256Hex(c),
        key: `${sha256Hex(c).slice(0, 2)}/${sha256Hex(c)}`,
      }),
      getBlob: async () => undefined,
    });
    const answers = createAnswerStore({ blobs, links });
    for (let n = 0; n <= 1000; n++) await answers.keep(`answer ${n}`, json);
    expect(blobs.puts).toBe(1001);
    await answers.keep('answer 1000', json);
    await answers.keep('answer 1', json);
    expect(blobs.puts).toBe(1001);
    await answers.keep('answer 0', json);
    expect(blobs.puts).toBe(1002);
  });
});

describe('the local answer folder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dr-answer-folder-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const keyOf = (text: string) => `${sha256Hex(text).slice(0, 2)}/${sha256Hex(text)}`;
  const files = async () =>
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort();

  it('stores as the blob folder does, and a second put starts the file’s day anew', async () => {
    let now = Date.parse('2027-03-01T02:00:00Z');
    const folder = createAnswerFolder(dir, { now: () => now });
    const ref = await folder.putBlob('a large answer');
    expect(ref).toEqual({ sha256: sha256Hex('a large answer'), key: keyOf('a large answer') });
    expect((await stat(join(dir, ref.key))).mtimeMs).toBe(now);
    now += 5 * 60 * 60 * 1000;
    await folder.putBlob('a large answer');
    expect((await stat(join(dir, ref.key))).mtimeMs).toBe(now);
    expect(Buffer.from((await folder.getBlob(ref.sha256))!).toString()).toBe('a large answer');
  });

  it('removes answers (and a crash’s temporary files) older than a day, at most once a minute', async () => {
    let now = Date.parse('2027-03-01T02:00:00Z');
    const folder = createAnswerFolder(dir, { now: () => now });
    await folder.putBlob('yesterday');
    await folder.putBlob('this morning');
    await mkdir(join(dir, 'ab'), { recursive: true });
    const temp = join(dir, 'ab', `${'ab'.repeat(32)}.0a1b2c3d4e5f.tmp`);
    await writeFile(temp, 'partial');
    await utimes(temp, now / 1000, now / 1000);
    // something else in the folder is none of its business
    await writeFile(join(dir, 'README'), 'kept');
    await utimes(join(dir, 'README'), now / 1000, now / 1000);

    now += 10 * 60 * 60 * 1000;
    await folder.putBlob('this morning');
    // a day and a moment after the first puts, hours after the last pass: this put prunes
    now += ANSWER_LIFETIME_MS - 10 * 60 * 60 * 1000 + 1;
    await folder.putBlob('now');
    expect(await files()).toEqual(['README', keyOf('now'), keyOf('this morning')].sort());

    // within the minute no pass runs, however old the files have grown
    now += ANSWER_PRUNE_INTERVAL_MS - 1;
    await utimes(join(dir, keyOf('now')), 0, 0);
    await folder.putBlob('another');
    expect(await files()).toContain(keyOf('now'));
    now += 1;
    await folder.putBlob('another');
    expect(await files()).not.toContain(keyOf('now'));
    expect(await files()).toContain(keyOf('another'));
  });

  it('starts in a folder not made yet', async () => {
    const folder = createAnswerFolder(join(dir, 'answers'));
    const ref = await folder.putBlob('first');
    expect(await readFile(join(dir, 'answers', ref.key), 'utf8')).toBe('first');
  });
});
