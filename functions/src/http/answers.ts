import type { BlobLinkHeaders } from '@double-random/store';
import { dependencies } from '../composition';
import { type HttpReply, JSON_CONTENT_TYPE, seeOther } from './middleware';

/** What the function returns for a body: bytes travel base64-encoded, a third larger. */
const sentBytes = (body: string | Uint8Array): number =>
  typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : Math.ceil(body.byteLength / 3) * 4;

/**
 * An answer that may outgrow what a function can return (docs/text-and-limits.md): up to the
 * configured limit it is the body itself; above it the same bytes are kept, content-addressed,
 * for a day in the answer location (the answers bucket, the local answer folder) and the
 * answer is 303 to a short-lived link that serves them with the same headers — a presigned S3
 * GET in AWS, the local server's `/blobs/` route on one machine. Without an answer location
 * the body is returned and the 6 MB guard of the middleware stands.
 */
export const answerOf = async (
  body: string | Uint8Array,
  headers: BlobLinkHeaders,
  extra: Record<string, string> = {},
): Promise<HttpReply> => {
  const answers = dependencies().answers;
  if (answers && sentBytes(body) > answers.inlineLimit)
    return seeOther(await answers.keep(body, headers));
  return {
    statusCode: 200,
    body,
    headers: {
      'content-type': headers.contentType,
      ...(headers.disposition ? { 'content-disposition': headers.disposition } : {}),
      ...extra,
    },
  };
};

/**
 * A JSON answer of any size: the same bytes as `ok(value)` would send (a string is JSON text
 * already, a stored view), inline or by link.
 */
export const jsonAnswer = (value: unknown): Promise<HttpReply> =>
  answerOf(typeof value === 'string' ? value : JSON.stringify(value), {
    contentType: JSON_CONTENT_TYPE,
  });
