const LF = 0x0a;
const QUOTE = 0x22;

/** One request's worth of a file: the header line and up to `maxRows` records, as raw bytes. */
export interface Chunk {
  body: Buffer;
  /** records in this chunk */
  rows: number;
  /** records of the file before this chunk, so the server numbers rows within the whole file */
  rowOffset: number;
  /** bytes of the file this chunk covers (header excluded after the first), for progress */
  bytes: number;
}

export const MAX_ROWS_PER_REQUEST = 5000;

/**
 * Splits a CSV stream into chunks of whole records without decoding it: a GB18030 file
 * stays GB18030 and the server still detects its encoding. A record ends at a line feed
 * outside double quotes. Neither byte occurs inside a multi-byte GB18030 or UTF-8
 * character (trail bytes are ≥ 0x30 and ≠ 0x22 there), so the raw bytes can be scanned.
 */
export async function* csvChunks(
  source: AsyncIterable<Uint8Array>,
  maxRows = MAX_ROWS_PER_REQUEST,
): AsyncGenerator<Chunk> {
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new RangeError('maxRows must be ≥ 1');
  let header: Buffer | undefined;
  let pieces: Buffer[] = [];
  let pending: Buffer[] = [];
  let rows = 0;
  let rowOffset = 0;
  let bytes = 0;
  let inQuotes = false;

  const flush = (): Chunk | undefined => {
    if (rows === 0 || !header) return undefined;
    const body = Buffer.concat([header, ...pieces]);
    const chunk = { body, rows, rowOffset, bytes };
    rowOffset += rows;
    pieces = [];
    rows = 0;
    bytes = 0;
    return chunk;
  };

  const endRecord = (record: Buffer): Chunk | undefined => {
    bytes += record.length;
    if (!header) {
      header = record;
      return undefined;
    }
    // Blank lines go along: the server counts them in its row numbers, as a spreadsheet does.
    pieces.push(record);
    rows += 1;
    return rows >= maxRows ? flush() : undefined;
  };

  for await (const input of source) {
    const buf = Buffer.isBuffer(input) ? input : Buffer.from(input);
    let start = 0;
    for (let i = 0; i < buf.length; i++) {
      const byte = buf[i];
      if (byte === QUOTE) inQuotes = !inQuotes;
      else if (byte === LF && !inQuotes) {
        const tail = buf.subarray(start, i + 1);
        const record = pending.length ? Buffer.concat([...pending, tail]) : tail;
        pending = [];
        start = i + 1;
        const chunk = endRecord(record);
        if (chunk) yield chunk;
      }
    }
    if (start < buf.length) pending.push(buf.subarray(start));
  }
  if (pending.length) {
    // The last record has no line feed: give it one so the header repeats cleanly.
    const last = Buffer.concat([...pending, Buffer.from('\n')]);
    if (!header) header = last;
    else {
      const chunk = endRecord(last);
      if (chunk) yield chunk;
    }
  }
  const rest = flush();
  if (rest) yield rest;
}

/** A JSON file (an array of rows, or `{ rows: [...] }`) cut into arrays of at most `maxRows`. */
export function* jsonChunks(text: string, maxRows = MAX_ROWS_PER_REQUEST): Generator<Chunk> {
  const parsed: unknown = JSON.parse(text);
  const rows = Array.isArray(parsed)
    ? parsed
    : Array.isArray((parsed as { rows?: unknown })?.rows)
      ? (parsed as { rows: unknown[] }).rows
      : undefined;
  if (!rows)
    throw new SyntaxError('a JSON import file holds an array of rows or { "rows": [...] }');
  const perRow = rows.length ? Buffer.byteLength(text) / rows.length : 0;
  for (let offset = 0; offset < rows.length; offset += maxRows) {
    const part = rows.slice(offset, offset + maxRows);
    yield {
      body: Buffer.from(JSON.stringify(part)),
      rows: part.length,
      rowOffset: offset,
      bytes: Math.round(perRow * part.length),
    };
  }
}
