import { createBackup } from '../store/backup.js';
import type { Db } from '../store/database.js';
import type { JobHooks } from './hooks.js';

export interface BackupInput {
  dir: string;
  reason: string;
}

/**
 * The daily backup from the job's own connection: SQLite's online backup copies pages in steps, so
 * in a worker it never holds the UI. Written under a temporary name, checked, then renamed (backup.ts).
 */
export async function runBackup(db: Db, input: BackupInput, hooks: JobHooks): Promise<string> {
  let steps = 0;
  hooks.progress('Copying the library');
  return createBackup(db, input.dir, input.reason, new Date(), () =>
    hooks.progress('Copying the library', ++steps, 0),
  );
}
