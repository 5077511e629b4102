import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/** The headers a linked blob is answered with, as the small answer would carry them. */
export interface BlobLinkHeaders {
  contentType: string;
  /** `attachment; filename=…` for a download */
  disposition?: string;
}

/**
 * Short-lived links to a blob, handed to a client instead of the bytes when an answer is too
 * large for a function to return (docs/text-and-limits.md). A link names one key, carries the
 * headers the blob is served with, and expires: it lets nobody read anything else.
 */
export interface BlobLinks {
  /** absolute (S3, presigned) or relative to the API (the local server's `/blobs/` route) */
  linkTo(key: string, headers: BlobLinkHeaders): Promise<string>;
}

/** Links live this long: a client follows its redirect at once. */
export const BLOB_LINK_SECONDS = 300;

/**
 * Presigned S3 GETs of a bucket (the answers bucket), signed with the function's role (it must
 * be allowed `s3:GetObject` on the key). S3 answers with the content type and disposition signed into
 * the link (`response-content-type`, `response-content-disposition`).
 */
export const createS3BlobLinks = (options: {
  bucket: string;
  region?: string;
  /** the runtime's role when absent; given in tests */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  client?: S3Client;
  seconds?: number;
}): BlobLinks => {
  const client =
    options.client ??
    new S3Client({
      ...(options.region ? { region: options.region } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
    });
  return {
    linkTo: (key, headers) =>
      getSignedUrl(
        client,
        new GetObjectCommand({
          Bucket: options.bucket,
          Key: key,
          ResponseContentType: headers.contentType,
          ...(headers.disposition ? { ResponseContentDisposition: headers.disposition } : {}),
        }),
        { expiresIn: options.seconds ?? BLOB_LINK_SECONDS },
      ),
  };
};

/** Where the local server serves linked blobs from its answer folder (not a Lambda route). */
export const LOCAL_BLOB_ROUTE = '/blobs/';

/** A key of a content-addressed blob: nothing else is ever served. */
const LINKABLE_KEY = /^([0-9a-f]{2})\/([0-9a-f]{64})$/;

export type LocalBlobCheck =
  | { ok: true; key: string; sha256: string; headers: BlobLinkHeaders }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

/** The local server's links, and the check its `/blobs/` route makes before serving one. */
export interface LocalBlobLinks extends BlobLinks {
  /** whether `path` and `query` are a link this runtime gave out and still valid */
  check(path: string, query: URLSearchParams): LocalBlobCheck;
}

/**
 * Locally the answer folder stands in for the answers bucket, and the local server's `/blobs/`
 * route for S3's presigned GET: a link names the key, its expiry and its headers, signed with HMAC-SHA256
 * under a secret of this process, so the route serves only what a handler linked, until it
 * expires, as S3 does.
 */
export const createLocalBlobLinks = (
  options: { secret?: Uint8Array; seconds?: number; now?: () => number } = {},
): LocalBlobLinks => {
  const secret = options.secret ?? randomBytes(32);
  const seconds = options.seconds ?? BLOB_LINK_SECONDS;
  const now = options.now ?? Date.now;
  const sign = (key: string, expires: string, type: string, disposition: string) =>
    createHmac('sha256', secret).update([key, expires, type, disposition].join('\n')).digest('hex');
  return {
    async linkTo(key, headers) {
      if (!LINKABLE_KEY.test(key)) throw new Error(`blob link: ${key} is no blob key`);
      const expires = String(Math.floor(now() / 1000) + seconds);
      const query = new URLSearchParams({ expires, 'response-content-type': headers.contentType });
      if (headers.disposition) query.set('response-content-disposition', headers.disposition);
      query.set('signature', sign(key, expires, headers.contentType, headers.disposition ?? ''));
      return `${LOCAL_BLOB_ROUTE}${key}?${query}`;
    },

    check(path, query) {
      const key = path.startsWith(LOCAL_BLOB_ROUTE) ? path.slice(LOCAL_BLOB_ROUTE.length) : '';
      const m = LINKABLE_KEY.exec(key);
      const expires = query.get('expires') ?? '';
      const type = query.get('response-content-type') ?? '';
      const disposition = query.get('response-content-disposition') ?? '';
      const signature = query.get('signature') ?? '';
      if (!m || m[1] !== m[2]!.slice(0, 2) || !/^\d{1,12}$/.test(expires) || !type)
        return { ok: false, reason: 'malformed' };
      const expected = Buffer.from(sign(key, expires, type, disposition), 'hex');
      const given = Buffer.from(signature, 'hex');
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, reason: 'signature' };
      if (Number(expires) * 1000 < now()) return { ok: false, reason: 'expired' };
      return {
        ok: true,
        key,
        sha256: m[2]!,
        headers: { contentType: type, ...(disposition ? { disposition } : {}) },
      };
    },
  };
};
