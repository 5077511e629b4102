/**
 * One sheet of an export: Chinese headers for people, rows of plain cells. Both writers
 * (CSV, XLSX) take the same table, so a download says the same thing in either format.
 */
export type Cell = string | number | boolean | null | undefined;

export interface ExportTable {
  /** the sheet's name in the workbook (Excel allows 31 characters, no []:*?/\) */
  sheet: string;
  headers: readonly string[];
  rows: readonly (readonly Cell[])[];
}

export interface Column<R> {
  header: string;
  value: (row: R) => Cell;
  /** column width in characters for the XLSX writer */
  width?: number;
}

/** Builds a table from records and a column list; the column list is the layout. */
export const tableOf = <R>(
  sheet: string,
  columns: readonly Column<R>[],
  records: readonly R[],
): ExportTable & { widths: (number | undefined)[] } => ({
  sheet,
  headers: columns.map((c) => c.header),
  rows: records.map((r) => columns.map((c) => c.value(r))),
  widths: columns.map((c) => c.width),
});

export const yesNo = (value: boolean): string => (value ? '是' : '否');

/** basis points as a percentage without trailing zeros: 2000 → "20", 250 → "2.5" */
export const percent = (bp: number): string => String(bp / 100);
