import type { BlobLinkHeaders, BlobLinks } from './blob-links';
import { type BlobStore, blobKey, sha256Hex } from './blob-store';

/**
 * Answers too large to return inline: kept as content-addressed blobs in a folder of their
 * own and handed out as a short-lived link (docs/text-and-limits.md). The same answer is the
 * same blob, so a draw's bundle is stored once however often it is read.
 */
export interface AnswerStore {
  /** answers above this many bytes (as sent: base64 for binary files) go by link */
  readonly inlineLimit: number;
  /** stores the bytes (once) and returns a link that serves them with these headers */
  keep(content: Uint8Array | string, headers: BlobLinkHeaders): Promise<string>;
}

/** The folder of the blob location where large answers are kept. */
export const ANSWER_PREFIX = 'answers/';

/**
 * 1 MiB: well under the 6 MB a function may return. Above it a client reads the blob from
 * the bucket directly, instead of through the function's memory and API Gateway.
 */
export const DEFAULT_ANSWER_INLINE_LIMIT = 1024 * 1024;

/** How many keys one runtime remembers as stored (a warm function skips their upload). */
const REMEMBERED = 1000;

export const createAnswerStore = (options: {
  /** a blob store writing under ANSWER_PREFIX */
  blobs: BlobStore;
  links: BlobLinks;
  inlineLimit?: number;
}): AnswerStore => {
  const stored = new Map<string, string>();
  return {
    inlineLimit: options.inlineLimit ?? DEFAULT_ANSWER_INLINE_LIMIT,
    async keep(content, headers) {
      const sha256 = sha256Hex(content);
      let key = stored.get(sha256);
      if (!key) {
        key = (await options.blobs.putBlob(content)).key;
        if (!key.endsWith(blobKey(sha256))) throw new Error(`answer ${sha256} stored as ${key}`);
        if (stored.size >= REMEMBERED) stored.delete(stored.keys().next().value as string);
        stored.set(sha256, key);
      }
      return options.links.linkTo(key, headers);
    },
  };
};
