import { describe, expect, it } from 'vitest';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { canonical } from '../../helpers/canonical.js';
import { startCore } from '../../helpers/core.js';

describe('workshop snapshot', () => {
  it('inserts as new with fresh ids and reads back an equal workshop', async () => {
    const core = await startCore();
    const source = originWorkshop();
    const id = insertWorkshopData(core.db(), source, { mode: 'new' });
    expect(id).not.toBe(source.workshop.id);
    const loaded = loadWorkshopData(core.db(), id);
    expect(canonical(loaded)).toEqual(canonical(source));
    expect(loaded.maps.actual.steps[0]!.originStepId).toBe(loaded.maps.current.steps[0]!.id);
    // Importing twice never overwrites: two workshops.
    insertWorkshopData(core.db(), source, { mode: 'new' });
    expect(core.db().prepare('SELECT count(*) FROM workshops').pluck().get()).toBe(2);
    await core.close();
  });

  it('replaces a workshop in place when asked, keeping its ids', async () => {
    const core = await startCore();
    const source = originWorkshop();
    insertWorkshopData(core.db(), source, { mode: 'replace' });
    const edited = { ...source, workshop: { ...source.workshop, title: 'Edited elsewhere' } };
    insertWorkshopData(core.db(), edited, { mode: 'replace' });
    const loaded = loadWorkshopData(core.db(), source.workshop.id);
    expect(loaded.workshop.title).toBe('Edited elsewhere');
    expect(loaded.maps.current.steps.map((s) => s.id)).toEqual(source.maps.current.steps.map((s) => s.id));
    expect(core.db().prepare('SELECT count(*) FROM workshops').pluck().get()).toBe(1);
    await core.close();
  });

  it('writes nothing when a row is invalid', async () => {
    const core = await startCore();
    const bad = originWorkshop();
    bad.maps.current.steps[3]!.pctCompleteAccurate = 140;
    expect(() => insertWorkshopData(core.db(), bad, { mode: 'new' })).toThrow(/CHECK/);
    for (const table of ['workshops', 'engagements', 'steps', 'search_index'])
      expect(core.db().prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
    await core.close();
  });

  it('indexes the inserted text for search, and forgets it on delete', async () => {
    const core = await startCore();
    const id = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
    const hits = (q: string) =>
      core
        .db()
        .prepare(`SELECT entity FROM search_index WHERE search_index MATCH ? ORDER BY entity`)
        .pluck()
        .all(q);
    expect(hits('rack')).toEqual(['finding', 'pain_point', 'pain_point', 'step']);
    expect(hits('northwind')).toEqual(['workshop']);
    core.db().prepare('DELETE FROM workshops WHERE id = ?').run(id);
    expect(hits('rack')).toEqual([]);
    await core.close();
  });
});
