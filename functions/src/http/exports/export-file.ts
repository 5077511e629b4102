import { toCsv } from '../../exports/csv';
import type { ExportTable } from '../../exports/table';
import { toXlsx } from '../../exports/xlsx';
import { answerOf } from '../answers';
import type { HttpReply } from '../middleware';
import type { ExportFormat } from './exports.schemas';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * RFC 6266 / 5987: `filename*` carries the UTF-8 name (Chinese included) and `filename`
 * an ASCII fallback for clients that ignore the extended form.
 */
export const attachment = (name: string): string => {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
};

/**
 * The download as one file: up to the inline limit its bytes (the stack sends XLSX
 * base64-encoded, the gateway decodes them); above it the same file, generated once into the
 * answer location (kept a day), by a 303 to a short-lived link that serves it with the same
 * type and name (docs/text-and-limits.md). A spreadsheet user always gets the whole year in
 * one file.
 */
export const fileReply = async (
  table: ExportTable,
  format: ExportFormat,
  baseName: string,
): Promise<HttpReply> =>
  answerOf(
    format === 'xlsx' ? await toXlsx([table]) : toCsv(table),
    {
      contentType: format === 'xlsx' ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE,
      disposition: attachment(`${baseName}.${format}`),
    },
    { 'cache-control': 'no-store' },
  );
