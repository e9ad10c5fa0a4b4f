import { describe, expect, it } from 'vitest';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import type { Db } from '../../../electron/core/store/database.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';

/** FTS5 rewrites its structure record on every write to the index: equal means nothing was written. */
const indexState = (db: Db) =>
  db.prepare(`SELECT block FROM search_index_data WHERE id = 10`).pluck().get() as Buffer;

describe('edits slow down as the library grows', () => {
  it('renumbering steps and touching a workshop touch no search rows', async () => {
    const core = await startCore();
    const db = core.db();
    const id = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    const data = loadWorkshopData(db, id);
    const last = data.maps.current.steps.at(-1)!;
    const before = indexState(db);
    // Moving the last step to the top renumbers every step of the map and updates updated_at.
    await invoke(core, 'step:move', { stepId: last.id, delta: -100 });
    await invoke(core, 'edit:undo', { workshopId: id });
    expect(indexState(db).equals(before)).toBe(true);
    await core.close();
  });

  it('an edited step rewrites its own entry only, found by key', async () => {
    const core = await startCore();
    const db = core.db();
    const id = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    const step = loadWorkshopData(db, id).maps.current.steps[0]!;
    const rowid = db
      .prepare(`SELECT id FROM search_keys WHERE entity = 'step' AND entity_id = ?`)
      .pluck()
      .get(step.id);
    await invoke(core, 'step:update', { stepId: step.id, patch: { title: 'Zebra crossing' } });
    const hits = await invoke(core, 'search:query', { text: 'zebra', workshopId: id });
    expect(hits.map((h) => h.entityId)).toEqual([step.id]);
    expect(db.prepare(`SELECT rowid FROM search_index WHERE search_index MATCH 'zebra'`).pluck().get()).toBe(
      rowid,
    );
    await core.close();
  });
});
