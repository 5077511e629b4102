import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type BlobStore, blobKey, sha256Hex } from './blob-store';
import { STORE_CODES, StoreError } from './errors';

/** What the store needs of an S3 client: `send`. Tests pass a fake with the same shape. */
export type S3Sender = Pick<S3Client, 'send'>;

const errorName = (e: unknown): string | undefined => (e as { name?: string })?.name;

/**
 * The blob store in an S3 bucket, with the folder store's key layout
 * (`<sha256[0:2]>/<sha256>`). A put sends the SHA-256 along (`ChecksumSHA256`), so S3
 * itself refuses bytes damaged on the way, and `If-None-Match: *`, so an existing blob is
 * never rewritten: the same content is the same key, a second put is a no-op (but with
 * `rewrite`, for expiring answers). Reads are verified against the hash too.
 *
 * Tested against a fake client only (unit tests have no network): the requests it sends
 * and how it reads the answers are checked, not S3's behaviour.
 */
export const createS3BlobStore = (options: {
  bucket: string;
  /** built once per runtime from `region` when not given */
  client?: S3Sender;
  region?: string;
  /**
   * Each put writes the object again instead of leaving an existing one (no `If-None-Match`),
   * so its age starts anew: for the bucket of large answers, whose objects expire a day after
   * they are written (docs/text-and-limits.md). Never for a bucket of records.
   */
  rewrite?: boolean;
}): BlobStore => {
  const { bucket } = options;
  const client =
    options.client ?? new S3Client({ ...(options.region ? { region: options.region } : {}) });
  return {
    async putBlob(content) {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      const sha256 = sha256Hex(bytes);
      const key = blobKey(sha256);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: bytes,
            ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
            ...(options.rewrite ? {} : { IfNoneMatch: '*' }),
            ContentType: 'application/octet-stream',
          }),
        );
      } catch (e) {
        // 412: the key exists, and a key is its content's hash: the blob is there already
        const status = (e as { $metadata?: { httpStatusCode?: number } })?.$metadata
          ?.httpStatusCode;
        if (errorName(e) !== 'PreconditionFailed' && status !== 412) throw e;
      }
      return { sha256, key };
    },

    async getBlob(sha256) {
      const key = blobKey(sha256);
      let body: Uint8Array;
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!out.Body) return undefined;
        body = await out.Body.transformToByteArray();
      } catch (e) {
        if (errorName(e) === 'NoSuchKey' || errorName(e) === 'NotFound') return undefined;
        throw e;
      }
      if (sha256Hex(body) !== sha256) {
        throw new StoreError(STORE_CODES.blobCorrupt, `blob ${sha256} does not match its hash`);
      }
      return body;
    },
  };
};
