import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/database.js';
import { type Row, columnsOf, keyOf } from './tables.js';

export type RowOp =
  | { op: 'insert'; table: string; row: Row }
  | { op: 'delete'; table: string; key: Row }
  | { op: 'update'; table: string; key: Row; set: Row };

const where = (table: string) =>
  keyOf(table)
    .map((k) => `${k} = @k_${k}`)
    .join(' AND ');
const keyParams = (key: Row) => Object.fromEntries(Object.entries(key).map(([k, v]) => [`k_${k}`, v]));

function checkColumns(table: string, row: Row): void {
  const allowed = columnsOf(table);
  for (const c of Object.keys(row))
    if (!allowed.includes(c)) throw new Error(`Column ${table}.${c} is not editable`);
}

const statements = new WeakMap<Db, Map<string, Statement>>();

/** better-sqlite3 compiles on every prepare: an undo of thousands of rows reuses each statement. */
function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** Applies one row operation. */
export function applyOp(db: Db, op: RowOp): void {
  if (op.op === 'insert') {
    checkColumns(op.table, op.row);
    const cols = Object.keys(op.row);
    prepared(
      db,
      `INSERT INTO ${op.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
    ).run(op.row);
  } else if (op.op === 'delete') {
    columnsOf(op.table);
    prepared(db, `DELETE FROM ${op.table} WHERE ${where(op.table)}`).run(keyParams(op.key));
  } else {
    checkColumns(op.table, op.set);
    const sets = Object.keys(op.set).map((c) => `${c} = @${c}`);
    if (sets.length === 0) return;
    prepared(db, `UPDATE ${op.table} SET ${sets.join(', ')} WHERE ${where(op.table)}`).run({
      ...op.set,
      ...keyParams(op.key),
    });
  }
}

export function readRow(db: Db, table: string, key: Row): Row | undefined {
  columnsOf(table);
  return prepared(db, `SELECT ${columnsOf(table).join(', ')} FROM ${table} WHERE ${where(table)}`).get(
    keyParams(key),
  ) as Row | undefined;
}
