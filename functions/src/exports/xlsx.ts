import ExcelJS from 'exceljs';
import type { Cell, ExportTable } from './table';

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export const sheetName = (name: string): string =>
  name.replace(SHEET_NAME_FORBIDDEN, '_').slice(0, 31) || 'Sheet1';

/** An empty text is a blank cell, as Excel itself stores it. */
const cellValue = (cell: Cell): string | number | null => {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return cell;
};

/** A width that fits the longest value; a CJK character takes about two Latin widths. */
const autoWidth = (values: readonly Cell[]): number => {
  let widest = 6;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    let w = 0;
    for (const ch of String(v)) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
    if (w > widest) widest = w;
  }
  return Math.min(widest + 2, 60);
};

/**
 * The XLSX file of one or more tables, one sheet each: a bold, frozen header row, text
 * cells as shared strings (so codes like 91370405… stay text, never numbers in E notation),
 * numbers as numbers.
 */
export const toXlsx = async (
  tables: readonly (ExportTable & { widths?: readonly (number | undefined)[] })[],
): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'double-random';
  // A fixed instant keeps two exports of the same data byte-comparable in their metadata.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const used = new Set<string>();
  for (const table of tables) {
    let name = sheetName(table.sheet);
    for (let n = 2; used.has(name); n++) name = sheetName(`${table.sheet.slice(0, 27)} (${n})`);
    used.add(name);
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.headers.map((header, i) => ({
      header,
      width: table.widths?.[i] ?? autoWidth([header, ...table.rows.map((r) => r[i])]),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(cellValue));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
};

/** Reads an XLSX file back as plain rows per sheet (header row first), for checks and tools. */
export const readXlsx = async (
  bytes: Uint8Array,
): Promise<{ sheet: string; rows: (string | number | null)[][] }[]> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: (string | number | null)[][] = [];
    const width = ws.columnCount;
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells: (string | number | null)[] = [];
      for (let c = 1; c <= width; c++) {
        const v = row.getCell(c).value;
        cells.push(
          typeof v === 'string' || typeof v === 'number' ? v : v == null ? null : String(v),
        );
      }
      rows.push(cells);
    });
    return { sheet: ws.name, rows };
  });
};
