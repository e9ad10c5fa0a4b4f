import type { Db } from '../store/database.js';
import { Edit } from './edit.js';
import { applyOps } from './op-runs.js';
import type { RowOp } from './row-ops.js';

export const EDITS_KEPT = 200;

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

/**
 * Runs one user edit as one transaction, committed before it is acknowledged, and logs it
 * for undo. A new edit clears the redo stack, as in every editor.
 */
export function recordEdit<T>(db: Db, workshopId: string, label: string, fn: (edit: Edit) => T): T {
  return db.transaction(() => {
    const edit = new Edit(db);
    const result = fn(edit);
    if (edit.forward.length > 0) {
      db.prepare(`DELETE FROM edits WHERE workshop_id = ? AND undone = 1`).run(workshopId);
      db.prepare(
        `INSERT INTO edits (workshop_id, label, forward, inverse, created_at) VALUES (?, ?, ?, ?, ?)`,
      ).run(
        workshopId,
        label,
        JSON.stringify(edit.forward),
        JSON.stringify(edit.inverse),
        new Date().toISOString(),
      );
      db.prepare(
        `DELETE FROM edits WHERE workshop_id = ? AND seq <= (SELECT seq FROM edits WHERE workshop_id = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)`,
      ).run(workshopId, workshopId, EDITS_KEPT);
      touch(db, workshopId);
    }
    return result;
  })();
}

function touch(db: Db, workshopId: string): void {
  db.prepare(`UPDATE workshops SET updated_at = ? WHERE id = ?`).run(new Date().toISOString(), workshopId);
}

function applyAll(db: Db, ops: RowOp[]): void {
  db.pragma('defer_foreign_keys = ON');
  applyOps(db, ops);
}

/**
 * Moves one edit back (undo: the latest done edit, applying its inverse) or forward (redo: the
 * earliest undone edit, applying it again); returns its label, or null when there is none.
 */
function travel(db: Db, workshopId: string, direction: 'undo' | 'redo'): string | null {
  const undoing = direction === 'undo';
  return db.transaction(() => {
    const edit = db
      .prepare(
        `SELECT seq, label, ${undoing ? 'inverse' : 'forward'} AS ops FROM edits
         WHERE workshop_id = ? AND undone = ? ORDER BY seq ${undoing ? 'DESC' : 'ASC'} LIMIT 1`,
      )
      .get(workshopId, undoing ? 0 : 1) as { seq: number; label: string; ops: string } | undefined;
    if (!edit) return null;
    applyAll(db, JSON.parse(edit.ops) as RowOp[]);
    db.prepare(`UPDATE edits SET undone = ? WHERE seq = ?`).run(undoing ? 1 : 0, edit.seq);
    touch(db, workshopId);
    return edit.label;
  })();
}

export const undo = (db: Db, workshopId: string): string | null => travel(db, workshopId, 'undo');
export const redo = (db: Db, workshopId: string): string | null => travel(db, workshopId, 'redo');

export function undoState(db: Db, workshopId: string): UndoState {
  const u = db
    .prepare(`SELECT label FROM edits WHERE workshop_id = ? AND undone = 0 ORDER BY seq DESC LIMIT 1`)
    .pluck()
    .get(workshopId) as string | undefined;
  const r = db
    .prepare(`SELECT label FROM edits WHERE workshop_id = ? AND undone = 1 ORDER BY seq ASC LIMIT 1`)
    .pluck()
    .get(workshopId) as string | undefined;
  return { canUndo: u !== undefined, canRedo: r !== undefined, undoLabel: u ?? null, redoLabel: r ?? null };
}
