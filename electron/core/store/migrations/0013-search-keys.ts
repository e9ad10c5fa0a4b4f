import type { Migration } from '../migration.js';
import { INDEXED, type Indexed } from './0004-search.js';

/** The columns whose text is indexed, per table: an update of any other column touches no search row. */
const TEXT_COLUMNS: Record<string, string[]> = {
  workshops: ['title', 'objectives', 'location', 'facilitator', 'engagement_id'],
  steps: ['title', 'description', 'notes', 'tools'],
  pain_points: ['text'],
  findings: ['title', 'detail', 'evidence'],
  actions: ['title', 'owner'],
  parking_lot: ['text'],
  decisions: ['text'],
};

const FK_INDEXES = [
  ['finding_steps', 'step_id'],
  ['recommendations', 'finding_id'],
  ['actions', 'recommendation_id'],
  ['actions', 'finding_id'],
  ['parking_lot', 'step_id'],
  ['parking_lot', 'workshop_id'],
  ['decisions', 'workshop_id'],
  ['agenda_items', 'workshop_id'],
  ['votes', 'workshop_id'],
  ['evidence', 'step_id'],
  ['evidence', 'workshop_id'],
] as const;

const key = (entity: string, row: string) =>
  `(SELECT id FROM search_keys WHERE entity = '${entity}' AND entity_id = ${row}.id)`;

/**
 * Entries of other kinds (added without a key) take the next FTS rowid; a key takes the next one
 * too, so the two never collide. Reading the last rowid is one seek in the FTS index.
 */
const NEXT_ROWID = `coalesce((SELECT rowid FROM search_index ORDER BY rowid DESC LIMIT 1), 0) + 1`;

function triggers({ table, entity, workshop, body }: Indexed): string {
  const on = (row: string, sql: string) => sql.replaceAll('R.', `${row}.`);
  // A workshop is re-indexed when its client is renamed, which "sets" engagement_id to itself.
  const changed =
    table === 'workshops' ? '1' : TEXT_COLUMNS[table]!.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
  return `
    DROP TRIGGER IF EXISTS ${table}_search_ai;
    DROP TRIGGER IF EXISTS ${table}_search_au;
    DROP TRIGGER IF EXISTS ${table}_search_ad;
    CREATE TRIGGER ${table}_search_ai AFTER INSERT ON ${table} BEGIN
      INSERT INTO search_keys (id, entity, entity_id, workshop_id)
        VALUES (${NEXT_ROWID}, '${entity}', NEW.id, ${on('NEW', workshop)});
      INSERT INTO search_index (rowid, entity, entity_id, workshop_id, body)
        VALUES (last_insert_rowid(), '${entity}', NEW.id, ${on('NEW', workshop)}, ${on('NEW', body)});
    END;
    CREATE TRIGGER ${table}_search_au AFTER UPDATE OF ${TEXT_COLUMNS[table]!.join(', ')} ON ${table}
      WHEN ${changed} BEGIN
      UPDATE search_index SET body = ${on('NEW', body)} WHERE rowid = ${key(entity, 'NEW')};
    END;
    CREATE TRIGGER ${table}_search_ad AFTER DELETE ON ${table} BEGIN
      DELETE FROM search_index WHERE rowid = ${key(entity, 'OLD')};
      DELETE FROM search_keys WHERE entity = '${entity}' AND entity_id = OLD.id;
    END;`;
}

/**
 * Re-keys the search index: each entry's FTS rowid is found through `search_keys`, an indexed
 * mapping, so an edit touches only its own row's entry (0004 deleted by the UNINDEXED entity_id,
 * a scan of the whole index on every edit, and re-indexed a workshop on every `updated_at`).
 * Renumbering steps changes no indexed column and touches no search row. The entries of the
 * indexed tables are rebuilt from their rows; entries of other kinds are left as they are.
 */
export const m0013: Migration = {
  version: 13,
  name: '0013-search-keys',
  up(db) {
    db.exec(`
      CREATE TABLE search_keys (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        workshop_id TEXT,
        UNIQUE (entity, entity_id)
      ) STRICT;
      CREATE INDEX search_keys_workshop ON search_keys (workshop_id, id);
      ${INDEXED.map(triggers).join('\n')}
      -- Child keys without an index make every delete of a step or workshop scan the whole table.
      ${FK_INDEXES.map(([t, c]) => `CREATE INDEX IF NOT EXISTS ${t}_by_${c} ON ${t} (${c});`).join('\n')}
      DROP TRIGGER IF EXISTS engagements_search_au;
      CREATE TRIGGER engagements_search_au AFTER UPDATE OF client, name ON engagements BEGIN
        UPDATE workshops SET engagement_id = engagement_id WHERE engagement_id = NEW.id;
      END;
    `);
    // Keys numbered above every entry left in place, one workshop's entries side by side (a
    // search inside one workshop reads only its own rowid range).
    for (const spec of INDEXED) db.exec(`DELETE FROM search_index WHERE entity = '${spec.entity}'`);
    const floor = db.prepare(`SELECT coalesce(max(rowid), 0) FROM search_index`).pluck().get() as number;
    const rows = INDEXED.map(
      (spec, i) =>
        `SELECT ${i} AS kind, R.rowid AS r, '${spec.entity}' AS entity, R.id AS entity_id,
           ${spec.workshop} AS workshop_id, ${spec.body} AS body FROM ${spec.table} AS R`,
    ).join(' UNION ALL ');
    db.exec(`CREATE TEMP TABLE search_rebuild AS SELECT ${floor} + row_number() OVER
      (ORDER BY workshop_id, kind, r) AS id, entity, entity_id, workshop_id, body FROM (${rows})`);
    db.exec(`INSERT INTO search_keys (id, entity, entity_id, workshop_id)
      SELECT id, entity, entity_id, workshop_id FROM search_rebuild`);
    db.exec(`INSERT INTO search_index (rowid, entity, entity_id, workshop_id, body)
      SELECT id, entity, entity_id, workshop_id, body FROM search_rebuild ORDER BY id`);
    db.exec(`DROP TABLE temp.search_rebuild`);
    db.exec(`INSERT INTO search_index (search_index) VALUES ('optimize')`);
  },
};
