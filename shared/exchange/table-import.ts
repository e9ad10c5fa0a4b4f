import type { MapState } from '../domain/types.js';
import type { CsvRow, TableRead } from './csv-read.js';
import type { StepDraft } from './step-draft.js';

export type Importable =
  | { ok: true; rows: { state: MapState; step: StepDraft }[]; leftOut: string[] }
  | { ok: false; message: string };

/** A row that cannot become a step at all: it has no name, no state, or is broken as a whole. */
const fatal = (row: CsvRow) =>
  row.errors.some((e) => e.field === null || e.field === 'title' || e.field === 'state');

const where = (row: CsvRow, column: string | null) =>
  column ? `row ${row.row}, ${column}` : `row ${row.row}`;

/**
 * The rows to write. By default any problem refuses the whole table. With `leaveBadCellsEmpty`
 * the user has chosen to import the rest: a bad cell stays empty and a row that cannot be a step
 * is left out, and each is listed. Problems with the whole table always refuse it.
 */
export function rowsToImport(table: TableRead, leaveBadCellsEmpty: boolean): Importable {
  if (table.problems.length > 0) return { ok: false, message: `Nothing was imported: ${table.problems[0]}` };
  const bad = table.rows.filter((r) => r.errors.length > 0);
  if (bad.length > 0 && !leaveBadCellsEmpty) {
    const first = bad[0]!;
    const error = first.errors[0]!;
    const others =
      bad.length > 1 ? ` (${bad.length} rows have problems; preview the file to see them all)` : '';
    return {
      ok: false,
      message: `Nothing was imported: ${where(first, error.column)}: ${error.message}${others}.`,
    };
  }
  const leftOut: string[] = [];
  const rows: { state: MapState; step: StepDraft }[] = [];
  for (const row of table.rows) {
    if (fatal(row)) {
      const error = row.errors.find((e) => e.field === null || e.field === 'title' || e.field === 'state')!;
      leftOut.push(`Row ${row.row} was not imported: ${error.message}.`);
      continue;
    }
    for (const e of row.errors)
      leftOut.push(`Row ${row.row}${e.column ? `, ${e.column},` : ''} was left empty: ${e.message}.`);
    rows.push({ state: row.state!, step: row.step });
  }
  if (rows.length === 0) return { ok: false, message: 'Nothing was imported: no row can become a step.' };
  return { ok: true, rows, leftOut };
}
