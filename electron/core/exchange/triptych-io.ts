import { exportFileName } from '../../../shared/exchange/file-name.js';
import { parseTriptych, serializeTriptych } from '../../../shared/exchange/triptych-file.js';
import type { ExportResult, WorkshopImportResult } from '../../../shared/ipc/exchange.channels.js';
import { insertWorkshopData } from '../repo/snapshot-insert.js';
import { loadWorkshopData } from '../repo/snapshot-load.js';
import type { Db } from '../store/database.js';
import { type JobHooks, NO_HOOKS } from '../jobs/hooks.js';
import { AppError } from '../store/errors.js';
import { deliver, readImportFile } from './files.js';

export const TRIPTYCH_EXTENSION = '.triptych';

/** The whole workshop as a `.triptych` file (or its text, for a browser download). */
export function exportWorkshop(
  db: Db,
  input: { workshopId: string; destination?: string | undefined },
): ExportResult {
  const data = loadWorkshopData(db, input.workshopId);
  const name = exportFileName([data.engagement.client, data.workshop.title], 'triptych');
  return deliver(serializeTriptych(data), name, input.destination, [TRIPTYCH_EXTENSION, '.json']);
}

function isConstraint(err: unknown): boolean {
  return (
    typeof err === 'object' &&
    err !== null &&
    'code' in err &&
    String(err.code).startsWith('SQLITE_CONSTRAINT')
  );
}

/**
 * Imports a `.triptych` file all-or-nothing. As new by default (fresh ids, nothing overwritten);
 * 'replace' only when asked, swapping the workshop that has the file's id.
 */
export function importWorkshop(
  db: Db,
  input: { content?: string | undefined; path?: string | undefined; mode: 'new' | 'replace' },
  hooks: JobHooks = NO_HOOKS,
): WorkshopImportResult {
  hooks.progress('Reading the file');
  const text = input.content ?? readImportFile(input.path ?? '').toString('utf8');
  const parsed = parseTriptych(text);
  if (!parsed.ok) throw new AppError('invalid_input', parsed.message, parsed.path);
  const data = parsed.data;
  const replaced =
    input.mode === 'replace' &&
    db.prepare(`SELECT 1 FROM workshops WHERE id = ?`).get(data.workshop.id) !== undefined;
  try {
    hooks.progress('Writing the workshop');
    const workshopId = insertWorkshopData(db, data, { mode: input.mode }, hooks);
    return { workshopId, title: data.workshop.title, replaced };
  } catch (err) {
    if (input.mode === 'replace' && isConstraint(err))
      throw new AppError(
        'conflict',
        'Some rows of this file already belong to another workshop, so it cannot replace in place. Import it as new instead.',
      );
    throw err;
  }
}
