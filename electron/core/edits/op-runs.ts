import type { Db } from '../store/database.js';
import { type RowOp, applyOp } from './row-ops.js';
import { columnsOf, keyOf } from './tables.js';

/** Rows per statement: big enough to batch an import's undo, small enough to keep the JSON modest. */
const RUN_MAX = 2000;

type BatchOp = Exclude<RowOp, { op: 'update' }>;

const columnsKey = (op: BatchOp) => Object.keys(op.op === 'insert' ? op.row : op.key).join(',');

function sameRun(a: RowOp, b: RowOp): boolean {
  return a.op !== 'update' && b.op === a.op && b.table === a.table && columnsKey(b) === columnsKey(a);
}

const field = (column: string) => `json_extract(value, '$.${column}')`;

/** One statement for a run of inserts with the same columns, or of deletes, on one table. */
function applyRun(db: Db, run: BatchOp[]): void {
  const first = run[0]!;
  if (first.op === 'insert') {
    const cols = Object.keys(first.row);
    const allowed = columnsOf(first.table);
    for (const c of cols)
      if (!allowed.includes(c)) throw new Error(`Column ${first.table}.${c} is not editable`);
    db.prepare(
      `INSERT INTO ${first.table} (${cols.join(', ')}) SELECT ${cols.map(field).join(', ')} FROM json_each(?)`,
    ).run(JSON.stringify(run.map((op) => (op as Extract<RowOp, { op: 'insert' }>).row)));
    return;
  }
  const key = keyOf(first.table);
  db.prepare(
    `DELETE FROM ${first.table} WHERE (${key.join(', ')}) IN (SELECT ${key.map(field).join(', ')} FROM json_each(?))`,
  ).run(JSON.stringify(run.map((op) => (op as Extract<RowOp, { op: 'delete' }>).key)));
}

/**
 * Applies an edit's operations in order, with as few statements as it can: a run of inserts (same
 * table and columns) or of deletes (same table) becomes one set-based statement. Row triggers
 * still keep the search index in step, but FTS5 does its per-statement work once per run instead
 * of once per row, which made undoing a large import take minutes.
 */
export function applyOps(db: Db, ops: readonly RowOp[]): void {
  let i = 0;
  while (i < ops.length) {
    const op = ops[i]!;
    let j = i + 1;
    while (j < ops.length && j - i < RUN_MAX && sameRun(op, ops[j]!)) j++;
    if (j - i === 1) applyOp(db, op);
    else applyRun(db, ops.slice(i, j) as BatchOp[]);
    i = j;
  }
}
