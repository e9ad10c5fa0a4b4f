import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createBackup, dailyBackupDue, pruneStaleFiles } from './backup.js';
import { type DatabaseOptions, type Db, inspectExisting, openDatabase } from './database.js';
import { migrate, pendingMigrations, schemaVersion } from './migrate.js';
import { isReadOnlyError, openReadOnly, storeWritable } from './read-only.js';

export interface OpenedStore {
  db: Db;
  schemaVersion: number;
  /** Resolves when the daily backup (if one was due) has been written. */
  dailyBackup: Promise<void>;
  /** Opened for viewing only: the folder or file may not be changed by this user. */
  readOnly: boolean;
}

/** A library we may read but not change opens for viewing: no backup, no migration on disk. */
function viewOnly(file: string, opts: DatabaseOptions): OpenedStore {
  const db = openReadOnly(file, opts);
  return { db, schemaVersion: schemaVersion(db), dailyBackup: Promise.resolve(), readOnly: true };
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
  /** Writes the daily backup (the app: in a worker thread); by default on this connection. */
  dailyBackup: (db: Db) => Promise<unknown> = (db) => createBackup(db, backupDir, 'daily'),
): Promise<OpenedStore> {
  if (existsSync(file) && !storeWritable(file)) return viewOnly(file, opts);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  inspectExisting(file, opts);
  let db: Db;
  try {
    db = openDatabase(file, opts);
  } catch (err) {
    // `access` said yes but SQLite may not write (a read-only mount `access` did not see).
    if (isReadOnlyError(err) && existsSync(file)) return viewOnly(file, opts);
    throw err;
  }
  privateFiles(file);
  pruneStaleFiles(backupDir);
  try {
    const from = schemaVersion(db);
    if (from > 0 && pendingMigrations(db).length > 0)
      await createBackup(db, backupDir, `before-v${from}-upgrade`);
    const version = migrate(db);
    // A brand-new file has nothing worth keeping yet.
    const daily =
      from > 0 && dailyBackupDue(backupDir)
        ? dailyBackup(db).then(
            () => undefined,
            (err: unknown) => console.warn('Daily backup failed:', err),
          )
        : Promise.resolve();
    return { db, schemaVersion: version, dailyBackup: daily, readOnly: false };
  } catch (err) {
    db.close();
    throw err;
  }
}
