import type { Migration } from '../migration.js';

export interface Indexed {
  table: string;
  entity: string;
  /** SQL expression over NEW/OLD (written as `R.`) giving the owning workshop id. */
  workshop: string;
  /** SQL expression over `R.` giving the text to index. */
  body: string;
}

const STEP_WORKSHOP = `(SELECT p.workshop_id FROM maps m JOIN processes p ON p.id = m.process_id WHERE m.id = R.map_id)`;

export const INDEXED: Indexed[] = [
  {
    table: 'workshops',
    entity: 'workshop',
    workshop: 'R.id',
    body: `R.title || ' ' || R.objectives || ' ' || R.location || ' ' || R.facilitator || ' ' ||
      coalesce((SELECT e.client || ' ' || e.name FROM engagements e WHERE e.id = R.engagement_id), '')`,
  },
  {
    table: 'steps',
    entity: 'step',
    workshop: STEP_WORKSHOP,
    body: `R.title || ' ' || R.description || ' ' || R.notes || ' ' ||
      coalesce((SELECT group_concat(value, ' ') FROM json_each(R.tools)), '')`,
  },
  {
    table: 'pain_points',
    entity: 'pain_point',
    workshop: `(SELECT p.workshop_id FROM steps s JOIN maps m ON m.id = s.map_id JOIN processes p ON p.id = m.process_id WHERE s.id = R.step_id)`,
    body: 'R.text',
  },
  {
    table: 'findings',
    entity: 'finding',
    workshop: 'R.workshop_id',
    body: `R.title || ' ' || R.detail || ' ' || R.evidence`,
  },
  { table: 'actions', entity: 'action', workshop: 'R.workshop_id', body: `R.title || ' ' || R.owner` },
  { table: 'parking_lot', entity: 'parking_lot', workshop: 'R.workshop_id', body: 'R.text' },
  { table: 'decisions', entity: 'decision', workshop: 'R.workshop_id', body: 'R.text' },
];

function triggers({ table, entity, workshop, body }: Indexed): string {
  const insert = (row: string) =>
    `INSERT INTO search_index (entity, entity_id, workshop_id, body)
       VALUES ('${entity}', ${row}.id, ${workshop.replaceAll('R.', `${row}.`)}, ${body.replaceAll('R.', `${row}.`)});`;
  const remove = `DELETE FROM search_index WHERE entity = '${entity}' AND entity_id = OLD.id;`;
  return `
    CREATE TRIGGER ${table}_search_ai AFTER INSERT ON ${table} BEGIN ${insert('NEW')} END;
    CREATE TRIGGER ${table}_search_au AFTER UPDATE ON ${table} BEGIN ${remove} ${insert('NEW')} END;
    CREATE TRIGGER ${table}_search_ad AFTER DELETE ON ${table} BEGIN ${remove} END;`;
}

/** Full-text search over every text field a consultant would look for, kept in sync by triggers. */
export const m0004: Migration = {
  version: 4,
  name: '0004-search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_index USING fts5 (
        entity UNINDEXED, entity_id UNINDEXED, workshop_id UNINDEXED, body,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      ${INDEXED.map(triggers).join('\n')}
      -- A renamed client re-indexes its workshops.
      CREATE TRIGGER engagements_search_au AFTER UPDATE OF client, name ON engagements BEGIN
        UPDATE workshops SET title = title WHERE engagement_id = NEW.id;
      END;
    `);
    // Index whatever rows earlier versions already hold.
    for (const spec of INDEXED) {
      db.exec(`INSERT INTO search_index (entity, entity_id, workshop_id, body)
        SELECT '${spec.entity}', R.id, ${spec.workshop}, ${spec.body} FROM ${spec.table} AS R`);
    }
  },
};
