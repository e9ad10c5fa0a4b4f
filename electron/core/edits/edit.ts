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
  /** Inverse ops in the order they were made; `inverse` gives them last first. */
  private readonly undoOps: RowOp[] = [];

  constructor(readonly db: Db) {}

  /** The ops that undo this edit, in the order to apply them (appending then reversing once keeps a
   * 200,000-row import linear; `unshift` per row made it quadratic). */
  get inverse(): RowOp[] {
    return this.undoOps.slice().reverse();
  }

  insert(table: string, row: Row): void {
    const op: RowOp = { op: 'insert', table, row };
    applyOp(this.db, op);
    this.forward.push(op);
    this.undoOps.push({ op: 'delete', table, key: keyFrom(table, row) });
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
    this.undoOps.push({ op: 'update', table, key, set: before });
    return true;
  }

  /**
   * Renumbers many rows in one statement (inserting at the top of a 200-step map moves 200); the
   * caller read each row's old position in this transaction. Recorded as one update per row.
   */
  reposition(
    table: 'steps' | 'lanes' | 'pain_points',
    moves: { id: string; from: number; to: number }[],
  ): void {
    const changed = moves.filter((m) => m.from !== m.to);
    if (changed.length === 0) return;
    this.db
      .prepare(
        `UPDATE ${table} SET position = json_extract(m.value, '$.to')
         FROM json_each(?) m WHERE ${table}.id = json_extract(m.value, '$.id')`,
      )
      .run(JSON.stringify(changed));
    for (const { id, from, to } of changed) {
      this.forward.push({ op: 'update', table, key: { id }, set: { position: to } });
      this.undoOps.push({ op: 'update', table, key: { id }, set: { position: from } });
    }
  }

  delete(table: string, key: Row): Row | undefined {
    const old = readRow(this.db, table, key);
    if (!old) return undefined;
    const op: RowOp = { op: 'delete', table, key };
    applyOp(this.db, op);
    this.forward.push(op);
    this.undoOps.push({ op: 'insert', table, row: old });
    return old;
  }
}

function keyFrom(table: string, row: Row): Row {
  return Object.fromEntries(keyOf(table).map((k) => [k, row[k]]));
}
