import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { assertNotNewer } from './migrate.js';

export type Db = Database.Database;

export interface DatabaseOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI under Electron). */
  nativeBinding?: string | undefined;
  /** How long a write waits for another process's lock before giving up (ms). */
  busyTimeoutMs?: number | undefined;
}

/** How long a write waits for another process (the CLI while the app runs) before it is refused. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Every transaction begins IMMEDIATE: it takes the write lock up front, waiting up to the busy
 * timeout. A deferred one that read first and then had to wait for a writer fails at once with
 * SQLITE_BUSY_SNAPSHOT (its snapshot is stale), whatever the timeout; that was most of the
 * refused edits when the CLI ran beside the app.
 */
function immediateTransactions(db: Db): void {
  const deferred = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const t = deferred(fn);
    return Object.assign((...args: never[]) => t.immediate(...args), t);
  }) as Db['transaction'];
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
  assertNotEmpty(file);
  const db = new Database(file, options(opts, true));
  try {
    assertSound(db);
  } finally {
    db.close();
  }
}

/** SQLite would open 0 bytes as a new, empty library: the user's data would seem gone without a word. */
export function assertNotEmpty(file: string): void {
  if (statSync(file).size > 0) return;
  const err = new Error('The database file is empty (0 bytes).') as Error & { code: string };
  err.code = 'TRIPTYCH_EMPTY';
  throw err;
}

/** Refuses a newer schema and a damaged file. */
export function assertSound(db: Db): void {
  assertNotNewer(db);
  const check = db.pragma('quick_check(1)', { simple: true });
  if (check !== 'ok') {
    const err = new Error(`The database is damaged (${String(check)}).`) as Error & { code: string };
    err.code = 'SQLITE_CORRUPT';
    throw err;
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
    db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
    immediateTransactions(db);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
