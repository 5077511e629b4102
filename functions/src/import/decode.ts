import { ValidationError } from '@double-random/domain';
import { parse } from 'csv-parse/sync';

export type TextEncodingName = 'utf-8' | 'gb18030';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// GB18030 is a superset of GBK and GB2312, so it also reads files saved as "ANSI" by Excel on
// Chinese Windows; full ICU (Node's default build) provides it.
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Offices save CSV from Excel in UTF-8 (often with a BOM) or in GB18030/GBK. Bytes that are
 * valid UTF-8 are read as UTF-8; anything else as GB18030. The BOM is dropped either way.
 */
export const decodeText = (bytes: Uint8Array): { text: string; encoding: TextEncodingName } => {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // strict here too: bytes neither encoding reads would otherwise become U+FFFD in names
    try {
      return { text: gb18030.decode(bytes), encoding: 'gb18030' };
    } catch {
      throw new ValidationError(
        'IMPORT.ENCODING_UNKNOWN',
        'the file is neither UTF-8 nor GB18030 (GBK): save it from Excel as "CSV UTF-8" or "CSV"',
        { field: 'body', rule: 'UTF-8 or GB18030 text' },
      );
    }
  }
};

/** One data row of a file: its number as the file counts rows, and its cells by header. */
export interface SourceRow {
  row: number;
  cells: Record<string, unknown>;
  /** set when the row could not be read as cells at all (a JSON element that is no object) */
  unreadable?: true;
}

/**
 * CSV text → rows keyed by the header's names. Row numbers count as a spreadsheet does
 * (header = 1, blank lines counted, not returned), shifted by `rowOffset` when a client sent
 * a large file in parts.
 */
export const csvRows = (text: string, rowOffset = 0): SourceRow[] => {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw new ValidationError(
      'IMPORT.CSV_MALFORMED',
      `the CSV cannot be read: ${(error as Error).message}`,
      {
        field: 'body',
        rule: 'RFC 4180 CSV with a header row',
      },
    );
  }
  const [header, ...data] = records;
  if (!header || header.every((h) => h.trim() === ''))
    throw new ValidationError('IMPORT.HEADER_MISSING', 'the CSV has no header row', {
      field: 'body',
      rule: 'the first row names the columns',
    });
  const names = header.map((h) => h.trim());
  const rows: SourceRow[] = [];
  data.forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return;
    const cells: Record<string, unknown> = {};
    names.forEach((name, c) => {
      if (name !== '') cells[name] = record[c] ?? '';
    });
    rows.push({ row: rowOffset + i + 2, cells });
  });
  return rows;
};

/** A JSON array of row objects; row n is the n-th element (1-based), shifted by `rowOffset`. */
export const jsonRows = (text: string, rowOffset = 0): SourceRow[] => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(
      'IMPORT.JSON_MALFORMED',
      `the body is not valid JSON: ${(error as Error).message}`,
      {
        field: 'body',
        rule: 'a JSON array of row objects',
      },
    );
  }
  if (!Array.isArray(value))
    throw new ValidationError(
      'IMPORT.JSON_NOT_ARRAY',
      'the body must be a JSON array of row objects',
      {
        field: 'body',
        rule: 'a JSON array of row objects',
      },
    );
  return value.map((cells, i) =>
    cells !== null && typeof cells === 'object' && !Array.isArray(cells)
      ? { row: rowOffset + i + 1, cells: cells as Record<string, unknown> }
      : { row: rowOffset + i + 1, cells: {}, unreadable: true as const },
  );
};

/** An import body as rows: JSON when sent as `application/json`, CSV otherwise. */
export const readImportBody = (
  bytes: Uint8Array,
  contentType: string | undefined,
  rowOffset: number,
): { encoding: TextEncodingName; rows: SourceRow[] } => {
  const { text, encoding } = decodeText(bytes);
  const json = contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
  return { encoding, rows: json ? jsonRows(text, rowOffset) : csvRows(text, rowOffset) };
};
