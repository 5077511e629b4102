import { readdir, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobLinkHeaders, BlobLinks } from './blob-links';
import { type BlobStore, blobKey, createFileBlobStore, sha256Hex } from './blob-store';

/**
 * Answers too large to return inline: kept as content-addressed blobs in a place of their own
 * (the answers bucket in AWS, a folder beside the blob folder locally) and handed out as a
 * short-lived link (docs/text-and-limits.md). They are transient copies of data the system
 * keeps anyway, so they are kept a day, never among the records under Object Lock.
 */
export interface AnswerStore {
  /** answers above this many bytes (as sent: base64 for binary files) go by link */
  readonly inlineLimit: number;
  /** stores the bytes (once) and returns a link that serves them with these headers */
  keep(content: Uint8Array | string, headers: BlobLinkHeaders): Promise<string>;
}

/**
 * How long a stored answer lives: a day after it was last written. The answers bucket's
 * lifecycle rule expires its objects then; the local answer folder removes its files then.
 */
export const ANSWER_LIFETIME_DAYS = 1;
export const ANSWER_LIFETIME_MS = ANSWER_LIFETIME_DAYS * 24 * 60 * 60 * 1000;

/**
 * How long a runtime remembers an answer it stored and skips its upload: an hour, well inside
 * the answer's day, so a link given from memory (itself valid 5 minutes) never names an object
 * that has expired. After that the answer is written again and its day starts anew.
 */
export const ANSWER_MEMORY_MS = 60 * 60 * 1000;

/**
 * 1 MiB: well under the 6 MB a function may return. Above it a client reads the blob from
 * the bucket directly, instead of through the function's memory and API Gateway.
 */
export const DEFAULT_ANSWER_INLINE_LIMIT = 1024 * 1024;

/** How many keys one runtime remembers as stored (a warm function skips their upload). */
const REMEMBERED = 1000;

export const createAnswerStore = (options: {
  /**
   * where the bytes go: the answers bucket, each put rewriting the object (`rewrite`), or the
   * local answer folder (`createAnswerFolder`), so that a put starts the answer's day anew
   */
  blobs: Pick<BlobStore, 'putBlob'>;
  links: BlobLinks;
  inlineLimit?: number;
  /** milliseconds since the epoch; tests move it */
  now?: () => number;
}): AnswerStore => {
  const now = options.now ?? Date.now;
  // sha256 → key and when it was stored, oldest first (a store moves its entry to the end)
  const stored = new Map<string, { key: string; at: number }>();
  const forget = (before: number) => {
    for (const [sha256, { at }] of stored) {
      if (at >= before && stored.size < REMEMBERED) return;
      stored.delete(sha256);
    }
  };
  return {
    inlineLimit: options.inlineLimit ?? DEFAULT_ANSWER_INLINE_LIMIT,
    async keep(content, headers) {
      const sha256 = sha256Hex(content);
      // the time before the put: the object is at least this young
      const at = now();
      const known = stored.get(sha256);
      if (known && at - known.at < ANSWER_MEMORY_MS)
        return options.links.linkTo(known.key, headers);
      const { key } = await options.blobs.putBlob(content);
      if (key !== blobKey(sha256)) throw new Error(`answer ${sha256} stored as ${key}`);
      stored.delete(sha256);
      forget(at - ANSWER_MEMORY_MS);
      stored.set(sha256, { key, at });
      return options.links.linkTo(key, headers);
    },
  };
};

/** The local answer folder looks for files past their day at most this often. */
export const ANSWER_PRUNE_INTERVAL_MS = 60 * 1000;

const SHARD = /^[0-9a-f]{2}$/;

/**
 * The local answer folder (`<DATA_DIR>/answers`, beside the blob folder, never in it), laid
 * out as the blobs are (`<sha256[0:2]>/<sha256>`). It does what the answers bucket does in
 * AWS: a put starts the file's day anew (its modification time), and files older than a day
 * are removed — looked for when an answer is stored, at most once a minute — so the data
 * folder does not grow with every large answer ever read.
 */
export const createAnswerFolder = (
  directory: string,
  options: { now?: () => number } = {},
): BlobStore => {
  const now = options.now ?? Date.now;
  const files = createFileBlobStore(directory);
  let lastPrune = Number.NEGATIVE_INFINITY;
  let pruning: Promise<void> = Promise.resolve();

  /** Removes the files (answers, and temporary files a crash left) last written before `before`. */
  const prune = async (before: number): Promise<void> => {
    // best effort: a folder not made yet, a file gone meanwhile or unreadable waits for the next pass
    const shards = await readdir(directory).catch(() => [] as string[]);
    for (const shard of shards.filter((s) => SHARD.test(s))) {
      const names = await readdir(join(directory, shard)).catch(() => [] as string[]);
      for (const name of names) {
        const path = join(directory, shard, name);
        try {
          if ((await stat(path)).mtimeMs < before) await rm(path, { force: true });
        } catch {}
      }
    }
  };

  return {
    async putBlob(content) {
      const at = now();
      if (at - lastPrune >= ANSWER_PRUNE_INTERVAL_MS) {
        lastPrune = at;
        pruning = prune(at - ANSWER_LIFETIME_MS);
      }
      // a put waits for the pass, which could otherwise remove the old file it is about to reuse
      await pruning;
      const ref = await files.putBlob(content);
      await utimes(join(directory, ref.key), at / 1000, at / 1000);
      return ref;
    },
    getBlob: files.getBlob,
  };
};
