import type { ErrorCode } from '../../../shared/ipc/result.js';
import type { StoreProblemKind } from '../../../shared/ipc/app.channels.js';

/** Said wherever a read-only library refuses a change. */
export const READ_ONLY_MESSAGE =
  'This library is read-only: you can view it but not change it. The change was not saved.';

/** An error meant for the user: a code from the contract and a sentence they can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Raised when a database was written by a newer Triptych; the file is left untouched. */
export class NewerDatabaseError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This database was written by a newer version of Triptych (schema ${found}; this version knows up to ${known}). ` +
        'Update Triptych to open it. The file has not been changed.',
    );
    this.name = 'NewerDatabaseError';
  }
}

function sqliteCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
}

/** Map a SQLite failure while opening to the kind of recovery the user is offered. */
export function classifyOpenError(err: unknown): StoreProblemKind {
  if (err instanceof NewerDatabaseError) return 'newer_version';
  const code = sqliteCode(err);
  if (code === 'TRIPTYCH_EMPTY') return 'empty';
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'))
    return 'corrupt';
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM') return 'readonly';
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) return 'unreadable';
  return 'other';
}

/** Map a SQLite failure during an edit to an error the renderer can show; nothing was committed. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = sqliteCode(err);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return new AppError(
      'db_full',
      'The disk is full: the change was not saved. Free some space and try again.',
    );
  if (code.startsWith('SQLITE_READONLY')) return new AppError('db_readonly', READ_ONLY_MESSAGE);
  // Extended codes too: SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, SQLITE_LOCKED_SHAREDCACHE…
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppError(
      'db_busy',
      'The database is busy: another Triptych has this data folder open. The change was not saved; try again.',
    );
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new AppError(
      'db_unavailable',
      'The database is damaged: the change was not saved. Restart Triptych to recover it.',
    );
  const message = err instanceof Error ? err.message : String(err);
  return new AppError('internal', `Unexpected error: ${message}`);
}
