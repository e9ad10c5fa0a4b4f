import { chmodSync, existsSync, mkdirSync } from 'node:fs';
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

/** Client data is for this user only: the folder 0700, the database and its WAL files 0600. */
function privateFiles(file: string): void {
  try {
    chmodSync(dirname(file), 0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
  } catch {
    // A folder we may not change (read-only, or another owner's): it opens all the same.
  }
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
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  inspectExisting(file, opts);
  const db = openDatabase(file, opts);
  privateFiles(file);
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
