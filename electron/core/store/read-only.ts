import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type DatabaseOptions, type Db, assertNotEmpty, assertSound } from './database.js';
import { migrate, pendingMigrations } from './migrate.js';

function code(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
}

/** A refusal to write: SQLite's read-only codes or the file system's permission and read-only-disk ones. */
export function isReadOnlyError(err: unknown): boolean {
  const c = code(err);
  return c.startsWith('SQLITE_READONLY') || c === 'EACCES' || c === 'EPERM' || c === 'EROFS';
}

/**
 * Whether this process may change the database and create its journal files beside it. Asked of
 * the operating system (`access`), so it is right for a folder owned by someone else, a read-only
 * disk or share, and a file marked read-only alike.
 */
export function storeWritable(file: string): boolean {
  try {
    accessSync(dirname(file), constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function readOnlyFile(file: string, opts: DatabaseOptions): Db | null {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, ...binding(opts) });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (pendingMigrations(db).length === 0) return db;
    db.close();
  } catch {
    // A WAL database needs its -shm file, which a read-only folder cannot hold: read a copy.
  }
  return null;
}

const binding = (opts: DatabaseOptions) => (opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});

/**
 * A copy in memory of a database we may not change. The header's WAL flag (bytes 18–19) is
 * cleared in the copy only, because an in-memory database has no WAL; an older schema is
 * migrated in the copy, and the result is reopened read-only so that every write is refused.
 */
function readOnlyCopy(file: string, opts: DatabaseOptions): Db {
  const bytes = readFileSync(file);
  if (bytes.length > 19 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20);
  const scratch = new Database(bytes, binding(opts));
  try {
    assertSound(scratch);
    migrate(scratch);
    return new Database(scratch.serialize(), { readonly: true, ...binding(opts) });
  } finally {
    scratch.close();
  }
}

/**
 * Opens a library for viewing only: the file itself when SQLite can read it in place, else a
 * copy in memory. Either way writes fail with SQLITE_READONLY, which the dispatch turns into
 * READ_ONLY_MESSAGE. A zero-length or damaged file is refused as it would be read-write.
 */
export function openReadOnly(file: string, opts: DatabaseOptions = {}): Db {
  assertNotEmpty(file);
  const inPlace = readOnlyFile(file, opts);
  if (inPlace) {
    try {
      assertSound(inPlace);
    } catch (err) {
      inPlace.close();
      throw err;
    }
  }
  const db = inPlace ?? readOnlyCopy(file, opts);
  db.pragma('foreign_keys = ON');
  return db;
}
