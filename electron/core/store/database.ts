import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { assertNotNewer } from './migrate.js';

export type Db = Database.Database;

export interface DatabaseOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI under Electron). */
  nativeBinding?: string | undefined;
}

function options(opts: DatabaseOptions, readonly: boolean): Database.Options {
  return {
    readonly,
    fileMustExist: readonly,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  };
}

/**
 * Looks at an existing file without writing to it: refuses a newer schema and a damaged file
 * before the read-write open could change anything.
 */
export function inspectExisting(file: string, opts: DatabaseOptions = {}): void {
  if (!existsSync(file)) return;
  const db = new Database(file, options(opts, true));
  try {
    assertNotNewer(db);
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok') {
      const err = new Error(`The database is damaged (${String(check)}).`) as Error & { code: string };
      err.code = 'SQLITE_CORRUPT';
      throw err;
    }
  } finally {
    db.close();
  }
}

/** Opens read-write with the durable settings every edit relies on. */
export function openDatabase(file: string, opts: DatabaseOptions = {}): Db {
  const db = new Database(file, options(opts, false));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // FULL: a commit is on disk before the edit is acknowledged, even in WAL mode.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 3000');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
