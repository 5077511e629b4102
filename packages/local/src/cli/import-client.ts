import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { type Chunk, csvChunks, jsonChunks, MAX_ROWS_PER_REQUEST } from './chunks';

export type ImportKind = 'targets' | 'inspectors';

/** One refused row, numbered within the whole file. */
export interface ImportRowError {
  row: number;
  field?: string;
  rule?: string;
  code?: string;
  message?: string;
  value?: unknown;
}

/** The server's report for one request, and the client's merged report for the file. */
export interface ImportSummary {
  encoding: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  errors: ImportRowError[];
  errorsCut?: number;
  /** headers no field reads, as the server reported them */
  ignoredColumns?: string[];
}

/** The server refused a request (4xx/5xx) or could not be reached. */
export class ImportRequestError extends Error {
  override readonly name = 'ImportRequestError';
  constructor(
    message: string,
    readonly status?: number,
    readonly body?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface ImportProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
}

export interface ImportOptions {
  url: string;
  token: string;
  dept: string;
  kind: ImportKind;
  file: string;
  maxRows?: number;
  /** requests in flight at once; the server's import is per request, so order does not matter */
  concurrency?: number;
  onProgress?: (progress: ImportProgress) => void;
}

const isJsonFile = (file: string) => /\.json$/i.test(file);

/** The chunks of a file as read from disk, CSV as raw bytes, JSON as arrays. */
export const fileChunks = async (
  file: string,
  maxRows = MAX_ROWS_PER_REQUEST,
): Promise<AsyncIterable<Chunk> | Iterable<Chunk>> =>
  isJsonFile(file)
    ? jsonChunks(await readFile(file, 'utf8'), maxRows)
    : csvChunks(createReadStream(file, { highWaterMark: 1 << 20 }), maxRows);

export const emptySummary = (): ImportSummary => ({
  encoding: '',
  rows: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  invalid: 0,
  errors: [],
  errorsCut: 0,
});

export const mergeSummary = (into: ImportSummary, part: ImportSummary): ImportSummary => {
  into.encoding ||= part.encoding;
  into.rows += part.rows;
  into.created += part.created;
  into.updated += part.updated;
  into.unchanged += part.unchanged;
  into.invalid += part.invalid;
  into.errors.push(...part.errors);
  into.errorsCut = (into.errorsCut ?? 0) + (part.errorsCut ?? 0);
  const ignored = new Set([...(into.ignoredColumns ?? []), ...(part.ignoredColumns ?? [])]);
  if (ignored.size > 0) into.ignoredColumns = [...ignored];
  return into;
};

/** Sends one chunk; the body goes as bytes so the server sees the file's own encoding. */
export const sendChunk = async (
  options: Pick<ImportOptions, 'url' | 'token' | 'dept' | 'kind' | 'file'>,
  chunk: Chunk,
): Promise<ImportSummary> => {
  const endpoint = new URL(
    `departments/${encodeURIComponent(options.dept)}/${options.kind}/import?rowOffset=${chunk.rowOffset}`,
    options.url.endsWith('/') ? options.url : `${options.url}/`,
  );
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.token}`,
        'content-type': isJsonFile(options.file) ? 'application/json' : 'text/csv',
      },
      body: new Uint8Array(chunk.body),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new ImportRequestError(
      `the server at ${options.url} is not reachable (${cause}); is it running (pnpm start)?`,
      undefined,
      undefined,
      { cause: error },
    );
  }
  const text = await response.text();
  if (!response.ok)
    throw new ImportRequestError(
      `the server refused rows ${chunk.rowOffset + 1}–${chunk.rowOffset + chunk.rows}: HTTP ${response.status}`,
      response.status,
      text,
    );
  return JSON.parse(text) as ImportSummary;
};

/**
 * Imports a file through a running server: reads it in chunks of ≤ `maxRows` records
 * (header repeated, `rowOffset` set so errors name the file's rows), keeps `concurrency`
 * requests in flight, and merges the reports.
 */
export const importFile = async (options: ImportOptions): Promise<ImportSummary> => {
  const totalBytes = (await stat(options.file)).size;
  const summary = emptySummary();
  const progress: ImportProgress = { rows: 0, bytes: 0, totalBytes };
  const limit = Math.max(1, options.concurrency ?? 2);
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  for await (const chunk of await fileChunks(options.file, options.maxRows)) {
    if (failure) break;
    const request = sendChunk(options, chunk).then(
      (part) => {
        mergeSummary(summary, part);
        progress.rows += chunk.rows;
        progress.bytes += chunk.bytes;
        options.onProgress?.({ ...progress });
      },
      (error: unknown) => {
        failure ??= error;
      },
    );
    const tracked = request.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= limit) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  summary.errors.sort((a, b) => a.row - b.row);
  return summary;
};
