import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { search } from '../../../electron/core/search/search-query.js';
import { openDatabase } from '../../../electron/core/store/database.js';
import { migrate } from '../../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { tempDir } from '../../helpers/temp.js';

const count = (db: ReturnType<typeof openDatabase>, sql: string, ...args: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...args) as number;

describe('migration 0013 (search keys)', () => {
  it('rebuilds the index of a version-11 database from its rows, each entry keyed', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    migrate(db, MIGRATIONS, 11);
    const a = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    const b = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    // An entry of a kind 0013 does not know stays as it is.
    db.prepare(
      `INSERT INTO search_index (entity, entity_id, workshop_id, body) VALUES ('other', 'o1', ?, 'zeppelin')`,
    ).run(a);
    const before = count(db, `SELECT count(*) FROM search_index`);
    expect(migrate(db, MIGRATIONS, 13)).toBe(13);

    expect(count(db, `SELECT count(*) FROM search_index`)).toBe(before);
    expect(count(db, `SELECT count(*) FROM search_keys`)).toBe(before - 1);
    // Every keyed entry is the FTS row of its key, for the same entity.
    expect(
      count(
        db,
        `SELECT count(*) FROM search_keys k JOIN search_index si ON si.rowid = k.id
         WHERE si.entity = k.entity AND si.entity_id = k.entity_id AND si.workshop_id IS k.workshop_id`,
      ),
    ).toBe(before - 1);
    expect(search(db, { text: 'rack', workshopId: a }).every((h) => h.workshopId === a)).toBe(true);
    expect(search(db, { text: 'rack', workshopId: b }).length).toBeGreaterThan(0);
    expect(search(db, { text: 'zeppelin' })).toHaveLength(1);

    // Triggers keep it keyed: a new, edited and deleted step.
    const step = db
      .prepare(`SELECT id FROM steps s WHERE title = 'Rack and install OS' LIMIT 1`)
      .pluck()
      .get();
    db.prepare(`UPDATE steps SET title = 'Unpack the blade' WHERE id = ?`).run(step);
    expect(search(db, { text: 'blade' }).map((h) => h.entityId)).toEqual([step]);
    db.prepare(`DELETE FROM steps WHERE id = ?`).run(step);
    expect(search(db, { text: 'blade' })).toEqual([]);
    expect(count(db, `SELECT count(*) FROM search_keys WHERE entity_id = ?`, step)).toBe(0);
    db.prepare(
      `INSERT INTO search_index (entity, entity_id, workshop_id, body) VALUES ('other', 'o2', ?, 'x')`,
    ).run(a);
    insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    expect(search(db, { text: 'rack' }).length).toBeGreaterThan(0);
    db.close();
  });
});
