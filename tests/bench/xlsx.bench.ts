import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { AppCore } from '../../electron/core/app-core.js';
import { appendSteps } from '../../electron/core/exchange/append-steps.js';
import { readWorkbook, writeWorkbook } from '../../electron/core/exchange/xlsx-book.js';
import { dispatch } from '../../electron/core/handlers/dispatch.js';
import { stepsToCsv } from '../../shared/exchange/csv-write.js';
import { rowsToImport } from '../../shared/exchange/table-import.js';
import { readSheet } from '../../shared/exchange/xlsx-read.js';
import { stepsSheet } from '../../shared/exchange/xlsx-sheets.js';
import { generatedWorkshop } from './bench-data.js';

const core = await AppCore.start({ dataDir: mkdtempSync(join(tmpdir(), 'bench-xlsx-')), version: 'bench' });
const ctx = { core };
const big = generatedWorkshop(2, 3100);
big.maps.current.steps = big.maps.current.steps.slice(0, 1000);
const created = (await dispatch(ctx, 'workshop:create', { client: 'Acme', title: 'Target' })) as {
  ok: true;
  value: { workshop: { id: string } };
};
const workshopId = created.value.workshop.id;
const book = await writeWorkbook([stepsSheet(big, 'current')], 'bench');
const base64 = book.toString('base64');
const csv = stepsToCsv(big, 'current');
console.log(
  `workbook of ${big.maps.current.steps.length} rows: ${(book.length / 1024).toFixed(0)} KB (as CSV: ${(csv.length / 1024).toFixed(0)} KB)`,
);

// The three parts of an import, to see where its time goes: ExcelJS, our mapping, the store.
const grids = await readWorkbook(book);
const readOptions = { hoursPerDay: 8, state: 'current' as const, mapping: undefined, sheet: undefined };
const chosen = rowsToImport(readSheet(grids, readOptions), false);
if (!chosen.ok) throw new Error(chosen.message);

async function ok(channel: Parameters<typeof dispatch>[1], payload: unknown) {
  const result = await dispatch(ctx, channel, payload);
  if (!result.ok) throw new Error(result.error.message);
}

// Read as a ratio: xlsx:import over the CSV floor (the same rows, parsed, checked and written).
describe('import a 1,000-row workbook (target ≤ 500 ms)', () => {
  bench('floor: csv:import of the same 1,000 rows through dispatch', async () => {
    await ok('csv:import', { workshopId, state: 'actual', content: csv });
  });
  bench('unzip and read the workbook only (ExcelJS, cells to text)', async () => {
    await readWorkbook(book);
  });
  bench('map and check the read rows only (readSheet: headers, durations, %C&A)', () => {
    readSheet(grids, readOptions);
  });
  bench('store the 1,000 mapped rows only (appendSteps: one undoable transaction)', () => {
    appendSteps(core.db(), workshopId, { rows: chosen.rows, label: 'bench' });
  });
  bench('xlsx:import through dispatch', async () => {
    await ok('xlsx:import', { workshopId, state: 'future', base64 });
  });
});
