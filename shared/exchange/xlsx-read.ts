import { type CsvReadOptions, type TableRead, readTable } from './csv-read.js';
import type { CellError } from './xlsx-cells.js';

/** One worksheet's non-empty rows, cells already turned into text (or an error the cell holds). */
export interface SheetGrid {
  name: string;
  rows: { row: number; cells: (string | CellError)[] }[];
}

export interface XlsxTable extends TableRead {
  /** Every worksheet in the workbook, in tab order, and how many rows hold something. */
  sheets: { name: string; rows: number }[];
  sheet: string;
}

const isError = (cell: string | CellError): cell is CellError => typeof cell !== 'string';

/** The sheet asked for, else the first one with something in it. */
export function chooseSheet(grids: SheetGrid[], name: string | undefined): SheetGrid | string {
  if (name !== undefined) {
    const found = grids.find((g) => g.name === name);
    return (
      found ??
      `The workbook has no worksheet "${name}"; it has ${grids.map((g) => `"${g.name}"`).join(', ')}.`
    );
  }
  return grids.find((g) => g.rows.length > 0) ?? 'Every worksheet in this workbook is empty.';
}

/**
 * Reads a worksheet like a CSV: the first non-empty row is the header, row numbers are the ones
 * the spreadsheet shows, and a cell holding an error (#VALUE!…) is a problem in that cell.
 */
export function readSheet(grids: SheetGrid[], opts: CsvReadOptions & { sheet?: string }): XlsxTable {
  const sheets = grids.map((g) => ({ name: g.name, rows: g.rows.length }));
  const chosen = chooseSheet(grids, opts.sheet);
  if (typeof chosen === 'string')
    return { sheets, sheet: '', columns: [], unmapped: [], rows: [], problems: [chosen], errorCount: 1 };
  const [header, ...data] = chosen.rows;
  const headers = (header?.cells ?? []).map((c) => (isError(c) ? c.error : c));
  const table = readTable(
    headers,
    // A worksheet row ends at its last filled cell; the empty ones after it are still cells.
    data.map((r) => ({
      row: r.row,
      values: Array.from({ length: Math.max(headers.length, r.cells.length) }, (_, i) => {
        const c = r.cells[i] ?? '';
        return isError(c) ? '' : c;
      }),
    })),
    opts,
  );
  data.forEach((r, i) =>
    r.cells.forEach((cell, index) => {
      if (!isError(cell)) return;
      const column = table.columns.find((c) => c.index === index);
      if (!column?.field) return;
      const errors = table.rows[i]!.errors;
      // An empty title would also be reported; the cell's own error says more.
      const blank = errors.findIndex((e) => e.field === column.field);
      if (blank !== -1) errors.splice(blank, 1);
      errors.push({
        field: column.field,
        column: column.header,
        message: `The cell holds the spreadsheet error ${cell.error}`,
      });
    }),
  );
  const errorCount = table.problems.length + table.rows.reduce((n, r) => n + r.errors.length, 0);
  return { ...table, errorCount, sheets, sheet: chosen.name };
}
