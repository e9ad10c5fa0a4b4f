import type { Db } from '../store/database.js';

/**
 * Search inside one workshop runs on a copy of just that workshop's entries, a small FTS5 table in
 * the connection's temp schema (memory, never the file). On the whole index a prefix ("serv*")
 * merges the posting lists of every matching word in every workshop before the workshop filter
 * can apply: tens of milliseconds however few rows the workshop has. The copy is rebuilt when the
 * workshop changes or anything is written (by this connection or another), so hits are never stale.
 */
export const SCOPE_TABLE = 'temp.workshop_search';

interface Scope {
  workshopId: string;
  stamp: string;
}

const scopes = new WeakMap<Db, Scope>();

/** Changes whenever this connection writes a row or another connection commits. */
function stamp(db: Db): string {
  const total = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${String(db.pragma('data_version', { simple: true }))}:${total}`;
}

function build(db: Db, workshopId: string): void {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS ${SCOPE_TABLE} USING fts5 (
      entity UNINDEXED, entity_id UNINDEXED, workshop_id UNINDEXED, body,
      tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );
    DELETE FROM ${SCOPE_TABLE};`);
  // Each entry is keyed by workshop (0013), so this reads only the workshop's own rows.
  db.prepare(
    `INSERT INTO ${SCOPE_TABLE} (entity, entity_id, workshop_id, body)
     SELECT si.entity, si.entity_id, si.workshop_id, si.body
     FROM search_keys k JOIN search_index si ON si.rowid = k.id WHERE k.workshop_id = ?`,
  ).run(workshopId);
}

/** Makes the temp table hold exactly this workshop's entries; false if it cannot (then search the index). */
export function scopeTo(db: Db, workshopId: string): boolean {
  try {
    const current = scopes.get(db);
    if (current?.workshopId === workshopId && current.stamp === stamp(db)) return true;
    build(db, workshopId);
    scopes.set(db, { workshopId, stamp: stamp(db) });
    return true;
  } catch {
    scopes.delete(db);
    return false;
  }
}
