import { describe, expect, it } from 'vitest';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import type { Db } from '../../../electron/core/store/database.js';
import { invoke, startCore } from '../../helpers/core.js';

const count = (db: Db, sql: string, ...args: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...args) as number;

/** The timing (a 5,000-row import undone in ≤ 2 s) is in tests/bench/edit-scale.bench.ts. */
describe('undo of a 16,000-row CSV import took 207 s', () => {
  it('undo and redo of a large import restore every step and its search entries exactly, index intact', async () => {
    const core = await startCore();
    const db = core.db();
    const { workshop } = await invoke(core, 'workshop:create', { client: 'Contoso', title: 'Onboarding' });
    const id = workshop.id;
    await invoke(core, 'csv:import', { workshopId: id, state: 'current', content: 'Step\nKeep me\n' });
    const before = loadWorkshopData(db, id);
    const keys = count(db, `SELECT count(*) FROM search_keys`);
    const rows = Array.from({ length: 1000 }, (_, i) => `Check server ${i},Platform,quokka ${i}`);
    const result = await invoke(core, 'csv:import', {
      workshopId: id,
      state: 'current',
      content: `Step,Lane,Description\n${rows.join('\n')}`,
    });
    expect(result.imported).toBe(1000);
    expect(count(db, `SELECT count(*) FROM search_keys`)).toBe(keys + 1000);

    await invoke(core, 'edit:undo', { workshopId: id });
    expect(loadWorkshopData(db, id).maps).toEqual(before.maps);
    expect(count(db, `SELECT count(*) FROM search_keys`)).toBe(keys);
    expect(count(db, `SELECT count(*) FROM search_index WHERE search_index MATCH 'quokka'`)).toBe(0);
    expect(await invoke(core, 'search:query', { text: 'quokka', workshopId: id })).toEqual([]);
    // FTS5 checks its index against its rows; a mismatch would throw SQLITE_CORRUPT_VTAB.
    db.exec(`INSERT INTO search_index (search_index) VALUES ('integrity-check')`);

    await invoke(core, 'edit:redo', { workshopId: id });
    expect(loadWorkshopData(db, id).maps.current.steps).toHaveLength(1001);
    expect((await invoke(core, 'search:query', { text: 'quokka 999', workshopId: id })).length).toBe(1);
    db.exec(`INSERT INTO search_index (search_index) VALUES ('integrity-check')`);
    await core.close();
  });
});
