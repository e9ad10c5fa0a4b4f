import type { MapState } from '../../../shared/domain/types.js';
import type { CsvReadOptions } from '../../../shared/exchange/csv-read.js';
import { exportFileName } from '../../../shared/exchange/file-name.js';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../../shared/exchange/limits.js';
import { type XlsxTable, readSheet } from '../../../shared/exchange/xlsx-read.js';
import { workbookSheets } from '../../../shared/exchange/xlsx-sheets.js';
import type { StepsImportResult, XlsxExportResult } from '../../../shared/ipc/exchange.channels.js';
import { loadWorkshopData } from '../repo/snapshot-load.js';
import { getWorkshop } from '../repo/workshops.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import { APP_VERSION } from '../version.js';
import { type JobHooks, NO_HOOKS } from '../jobs/hooks.js';
import { checkDestination, readImportFile, writeFileAtomic } from './files.js';
import { importTable } from './import-table.js';
import { readWorkbook, writeWorkbook } from './xlsx-book.js';

export interface XlsxSource {
  workshopId: string;
  state?: MapState | undefined;
  /** The workbook's bytes (browser mode and the renderer's upload)… */
  base64?: string | undefined;
  /** …or the file main's open dialog or the CLI resolved from a handle. */
  path?: string | undefined;
  sheet?: string | undefined;
  mapping?: CsvReadOptions['mapping'];
  leaveBadCellsEmpty?: boolean | undefined;
}

/** The one place an xlsx source becomes bytes, as csv-io's decodeSource does for CSV. */
function sourceBytes(source: XlsxSource): Buffer {
  if (source.base64 === undefined) return readImportFile(source.path ?? '');
  const size = Math.floor((source.base64.length * 3) / 4);
  if (size > MAX_IMPORT_BYTES) throw new AppError('invalid_input', tooLargeMessage(size), 'base64');
  return Buffer.from(source.base64, 'base64');
}

/** Reads, maps and checks one worksheet against a workshop; writes nothing. */
export async function previewXlsx(db: Db, source: XlsxSource): Promise<XlsxTable> {
  const { workshop } = getWorkshop(db, source.workshopId);
  const grids = await readWorkbook(sourceBytes(source));
  return readSheet(grids, {
    hoursPerDay: workshop.hoursPerDay,
    state: source.state,
    mapping: source.mapping,
    sheet: source.sheet,
  });
}

/** Imports a worksheet's rows in one transaction; bad cells refuse it unless the user chose to leave them empty. */
export async function importXlsx(
  db: Db,
  source: XlsxSource,
  hooks: JobHooks = NO_HOOKS,
): Promise<StepsImportResult> {
  hooks.progress('Reading the workbook');
  return importTable(db, source, await previewXlsx(db, source), 'Excel', hooks);
}

/** A state's steps, the action register and the findings as one .xlsx workbook. */
export async function exportXlsx(
  db: Db,
  input: { workshopId: string; state: MapState; destination?: string | undefined },
): Promise<XlsxExportResult> {
  const data = loadWorkshopData(db, input.workshopId);
  const fileName = exportFileName([data.engagement.client, data.workshop.title, input.state], 'xlsx');
  const bytes = await writeWorkbook(workbookSheets(data, input.state), `Triptych ${APP_VERSION}`);
  if (input.destination === undefined)
    return {
      fileName,
      bytes: bytes.length,
      path: null,
      content: bytes.toString('base64'),
      encoding: 'base64',
    };
  writeFileAtomic(checkDestination(input.destination, ['.xlsx']), bytes);
  return { fileName, bytes: bytes.length, path: input.destination, content: null, encoding: 'base64' };
}
