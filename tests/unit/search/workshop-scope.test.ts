import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { search } from '../../../electron/core/search/search-query.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';

/** The speed (p95 ≤ 25 ms over 1,000 workshops) is in tests/bench/search.bench.ts. */
describe('search inside one workshop: p95 48 ms (goal 25)', () => {
  it('searches a copy of that workshop only, the same hits as the whole index, and never stale', async () => {
    const core = await startCore();
    const db = core.db();
    const a = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    const b = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    const key = (h: { entityId: string; stepId: string | null; state: string | null }) =>
      `${h.entityId}:${h.stepId}:${h.state}`;

    const inA = search(db, { text: 'rack', workshopId: a });
    expect(inA.length).toBeGreaterThan(0);
    expect(inA.every((h) => h.workshopId === a)).toBe(true);
    const everywhere = search(db, { text: 'rack' }).filter((h) => h.workshopId === a);
    expect(inA.map(key).sort()).toEqual(everywhere.map(key).sort());
    expect(search(db, { text: 'rack', workshopId: b }).every((h) => h.workshopId === b)).toBe(true);

    // An edit in this connection is seen at once.
    const step = loadWorkshopData(db, a).maps.current.steps[0]!;
    expect(search(db, { text: 'zebra', workshopId: a })).toEqual([]);
    await invoke(core, 'step:update', { stepId: step.id, patch: { title: 'Zebra crossing' } });
    expect(search(db, { text: 'zebr', workshopId: a }).map((h) => h.entityId)).toEqual([step.id]);
    expect(search(db, { text: 'zebr', workshopId: b })).toEqual([]);
    await invoke(core, 'edit:undo', { workshopId: a });
    expect(search(db, { text: 'zebr', workshopId: a })).toEqual([]);

    // So is a commit by another process on the same file (the CLI while the app runs).
    const other = new Database(db.name);
    other.prepare(`UPDATE steps SET title = 'Okapi review' WHERE id = ?`).run(step.id);
    other.close();
    expect(search(db, { text: 'okapi', workshopId: a }).map((h) => h.entityId)).toEqual([step.id]);

    // A workshop in the trash has no hits, scoped or not.
    await invoke(core, 'library:trash', { workshopId: a });
    expect(search(db, { text: 'okapi', workshopId: a })).toEqual([]);
    await core.close();
  });
});
