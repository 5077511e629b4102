import type { Cell, ExportTable } from './table';

/**
 * Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without it,
 * Chinese text shows as mojibake on a Chinese Windows, which reads the local code page.
 */
export const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * A cell a spreadsheet would take for a formula (=, +, -, @, or a leading tab / CR) gets a
 * leading apostrophe, so an enterprise name like "=HYPERLINK(…)" stays text (CSV injection).
 * Numbers are written as numbers and never need it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const text = (cell: Cell): string => {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
};

/** RFC 4180: quote a field holding a comma, a quote, a line break or edge spaces. */
const field = (cell: Cell): string => {
  const t = text(cell);
  return /[",\r\n]|^\s|\s$/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
};

/** The CSV text of a table: header line first, CRLF line ends (RFC 4180, and what Excel writes). */
export const csvText = (table: Pick<ExportTable, 'headers' | 'rows'>): string =>
  [table.headers, ...table.rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');

/** The CSV file: UTF-8 with a byte-order mark. */
export const toCsv = (table: Pick<ExportTable, 'headers' | 'rows'>): Uint8Array => {
  const body = new TextEncoder().encode(csvText(table));
  const out = new Uint8Array(UTF8_BOM.length + body.length);
  out.set(UTF8_BOM, 0);
  out.set(body, UTF8_BOM.length);
  return out;
};
