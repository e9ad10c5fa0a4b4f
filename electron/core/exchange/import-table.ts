import type { TableRead } from '../../../shared/exchange/csv-read.js';
import { rowsToImport } from '../../../shared/exchange/table-import.js';
import type { StepsImportResult } from '../../../shared/ipc/exchange.channels.js';
import type { JobHooks } from '../jobs/hooks.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import { appendSteps } from './append-steps.js';

/**
 * A read table's rows appended in one undoable transaction (CSV and Excel alike): bad cells refuse
 * it unless the user chose to leave them empty, and what was left out comes back as warnings.
 */
export function importTable(
  db: Db,
  source: { workshopId: string; leaveBadCellsEmpty?: boolean | undefined },
  table: TableRead,
  from: string,
  hooks: JobHooks,
): StepsImportResult {
  hooks.progress('Checking the rows');
  const chosen = rowsToImport(table, source.leaveBadCellsEmpty ?? false);
  if (!chosen.ok) throw new AppError('invalid_input', chosen.message);
  const label = `Import ${chosen.rows.length} steps from ${from}`;
  const result = appendSteps(db, source.workshopId, { rows: chosen.rows, label }, hooks);
  return { ...result, warnings: chosen.leftOut };
}
