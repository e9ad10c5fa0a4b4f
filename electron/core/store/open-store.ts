import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createBackup, dailyBackupDue, pruneStaleFiles } from './backup.js';
import { type DatabaseOptions, type Db, inspectExisting, openDatabase } from './database.js';
import { migrate, pendingMigrations, schemaVersion } from './migrate.js';

export interface OpenedStore {
  db: Db;
  schemaVersion: number;
  /** Resolves when the daily backup (if one was due) has been written. */
  dailyBackup: Promise<void>;
}

/**
 * The open sequence: inspect without writing, open with durable pragmas, back up before
 * migrating a database that holds data, migrate in one transaction, then a daily backup.
 */
export async function openStore(
  file: string,
  backupDir: string,
  opts: DatabaseOptions = {},
): Promise<OpenedStore> {
  mkdirSync(dirname(file), { recursive: true });
  inspectExisting(file, opts);
  const db = openDatabase(file, opts);
  pruneStaleFiles(backupDir);
  try {
    const from = schemaVersion(db);
    if (from > 0 && pendingMigrations(db).length > 0)
      await createBackup(db, backupDir, `before-v${from}-upgrade`);
    const version = migrate(db);
    // A brand-new file has nothing worth keeping yet.
    const dailyBackup =
      from > 0 && dailyBackupDue(backupDir)
        ? createBackup(db, backupDir, 'daily').then(
            () => undefined,
            (err: unknown) => console.warn('Daily backup failed:', err),
          )
        : Promise.resolve();
    return { db, schemaVersion: version, dailyBackup };
  } catch (err) {
    db.close();
    throw err;
  }
}
