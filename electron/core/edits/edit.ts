import { AppError } from '../store/errors.js';
import type { Db } from '../store/database.js';
import { type RowOp, applyOp, readRow } from './row-ops.js';
import { type Row, keyOf } from './tables.js';

/**
 * One user edit in progress: every row change goes through it, so it can be redone and undone.
 * Foreign-key cascades are not recorded: callers remove dependent rows explicitly first.
 */
export class Edit {
  readonly forward: RowOp[] = [];
  readonly inverse: RowOp[] = [];

  constructor(readonly db: Db) {}

  insert(table: string, row: Row): void {
    const op: RowOp = { op: 'insert', table, row };
    applyOp(this.db, op);
    this.forward.push(op);
    this.inverse.unshift({ op: 'delete', table, key: keyFrom(table, row) });
  }

  /** Updates only what changes; returns false when nothing did. */
  update(table: string, key: Row, set: Row): boolean {
    const old = readRow(this.db, table, key);
    if (!old) throw new AppError('not_found', 'That item no longer exists (it may have been deleted).');
    // An undefined field means "not given", never "clear it": `{ date: undefined }` changes nothing.
    const changed = Object.fromEntries(
      Object.entries(set).filter(([c, v]) => v !== undefined && old[c] !== v),
    );
    if (Object.keys(changed).length === 0) return false;
    const before = Object.fromEntries(Object.keys(changed).map((c) => [c, old[c]]));
    const op: RowOp = { op: 'update', table, key, set: changed };
    applyOp(this.db, op);
    this.forward.push(op);
    this.inverse.unshift({ op: 'update', table, key, set: before });
    return true;
  }

  delete(table: string, key: Row): Row | undefined {
    const old = readRow(this.db, table, key);
    if (!old) return undefined;
    const op: RowOp = { op: 'delete', table, key };
    applyOp(this.db, op);
    this.forward.push(op);
    this.inverse.unshift({ op: 'insert', table, row: old });
    return old;
  }
}

function keyFrom(table: string, row: Row): Row {
  return Object.fromEntries(keyOf(table).map((k) => [k, row[k]]));
}
