import type { MapState } from '../../../shared/domain/types.js';
import { decodeCsvBytes } from '../../../shared/exchange/csv-decode.js';
import { type CsvReadOptions, readCsv } from '../../../shared/exchange/csv-read.js';
import { stepsToCsv } from '../../../shared/exchange/csv-write.js';
import { exportFileName } from '../../../shared/exchange/file-name.js';
import { MAX_IMPORT_BYTES, checkTextSize, tooLargeMessage } from '../../../shared/exchange/limits.js';
import type { CsvPreview, ExportResult, StepsImportResult } from '../../../shared/ipc/exchange.channels.js';
import { loadWorkshopData } from '../repo/snapshot-load.js';
import { getWorkshop } from '../repo/workshops.js';
import type { Db } from '../store/database.js';
import { type JobHooks, NO_HOOKS } from '../jobs/hooks.js';
import { AppError } from '../store/errors.js';
import { deliver, readImportFile } from './files.js';
import { importTable } from './import-table.js';

export interface CsvSource {
  workshopId: string;
  state?: MapState | undefined;
  content?: string | undefined;
  base64?: string | undefined;
  path?: string | undefined;
  mapping?: CsvReadOptions['mapping'];
  leaveBadCellsEmpty?: boolean | undefined;
}

function decodeSource(source: CsvSource): { text: string; encoding: CsvPreview['encoding'] } {
  if (source.content !== undefined) {
    const tooLarge = checkTextSize(source.content);
    if (tooLarge) throw new AppError('invalid_input', tooLarge, 'content');
    return { text: source.content.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  }
  let bytes: Uint8Array;
  if (source.base64 !== undefined) {
    const size = Math.floor((source.base64.length * 3) / 4);
    if (size > MAX_IMPORT_BYTES) throw new AppError('invalid_input', tooLargeMessage(size), 'base64');
    bytes = Buffer.from(source.base64, 'base64');
  } else bytes = readImportFile(source.path ?? '');
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) throw new AppError('invalid_input', decoded.message);
  return decoded;
}

/** Parses, maps and checks a CSV against a workshop; writes nothing. */
export function previewCsv(db: Db, source: CsvSource): CsvPreview {
  const { workshop } = getWorkshop(db, source.workshopId);
  const { text, encoding } = decodeSource(source);
  const table = readCsv(text, {
    hoursPerDay: workshop.hoursPerDay,
    state: source.state,
    mapping: source.mapping,
  });
  return { ...table, encoding };
}

/** Imports a CSV's rows in one transaction; bad cells refuse it unless the user chose to leave them empty. */
export function importCsv(db: Db, source: CsvSource, hooks: JobHooks = NO_HOOKS): StepsImportResult {
  hooks.progress('Reading the file');
  return importTable(db, source, previewCsv(db, source), 'CSV', hooks);
}

export function exportCsv(
  db: Db,
  input: { workshopId: string; state: MapState; destination?: string | undefined },
): ExportResult {
  const data = loadWorkshopData(db, input.workshopId);
  const name = exportFileName([data.engagement.client, data.workshop.title, input.state], 'csv');
  return deliver(stepsToCsv(data, input.state), name, input.destination, ['.csv']);
}
