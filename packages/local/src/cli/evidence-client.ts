import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

/** The media type of an evidence file by its extension (docs/evidence.md); `--type` overrides. */
export const EVIDENCE_EXTENSIONS: Readonly<Record<string, string>> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.heic': 'image/heic',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.pdf': 'application/pdf',
  '.ofd': 'application/ofd',
};

export class EvidenceRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const errorText = async (res: Response): Promise<string> => {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
    return body.error ? `${body.error.code}: ${body.error.message}` : text;
  } catch {
    return text;
  }
};

/**
 * Uploads one evidence file of a task: declares its SHA-256, size and type, then PUTs it where
 * the server says (a presigned S3 URL, or the local server's /evidence/{sha256}). Returns the
 * reference a result names: `{ id, sha256 }`.
 */
export const putEvidence = async (o: {
  url: string;
  token: string;
  taskId: string;
  file: string;
  contentType?: string;
}): Promise<{ id: string; sha256: string; size: number; contentType: string }> => {
  const bytes = await readFile(o.file);
  const contentType = o.contentType ?? EVIDENCE_EXTENSIONS[extname(o.file).toLowerCase()];
  if (!contentType)
    throw new EvidenceRequestError(
      `${o.file}: no known evidence type for "${extname(o.file)}"; pass --type`,
      400,
    );
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const ticket = await fetch(`${o.url}/tasks/${encodeURIComponent(o.taskId)}/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${o.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ sha256, size: bytes.length, contentType }),
  });
  if (!ticket.ok) throw new EvidenceRequestError(await errorText(ticket), ticket.status);
  const { id, upload } = (await ticket.json()) as {
    id: string;
    upload: { url: string; headers: Record<string, string> };
  };
  const local = upload.url.startsWith('/');
  // a presigned URL carries its own authority: the bearer token goes to the API only
  const { 'content-length': _length, ...headers } = upload.headers;
  const put = await fetch(local ? `${o.url}${upload.url}` : upload.url, {
    method: 'PUT',
    headers: local ? { ...headers, authorization: `Bearer ${o.token}` } : headers,
    body: bytes,
  });
  if (!put.ok) throw new EvidenceRequestError(await errorText(put), put.status);
  return { id, sha256, size: bytes.length, contentType };
};

/** GET /tasks/{taskId}/evidence/verify, as the server answers it. */
export const verifyEvidence = async (o: { url: string; token: string; taskId: string }) => {
  const res = await fetch(`${o.url}/tasks/${encodeURIComponent(o.taskId)}/evidence/verify`, {
    headers: { authorization: `Bearer ${o.token}` },
  });
  if (!res.ok) throw new EvidenceRequestError(await errorText(res), res.status);
  return (await res.json()) as {
    ok: boolean;
    files: { targetId: string; item: string; id: string; status: string }[];
    problems: string[];
  };
};
