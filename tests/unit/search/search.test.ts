import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { RANKED_MATCHES } from '../../../electron/core/search/search-query.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';

async function setup() {
  const core = await startCore();
  const id = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
  return { core, id, data: loadWorkshopData(core.db(), id) };
}

const hitText = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

describe('search:query', () => {
  it('finds steps and pain points with their workshop, step and state, best first', async () => {
    const { core, id, data } = await setup();
    const hits = await invoke(core, 'search:query', { text: 'rack' });
    expect(hits.map((h) => h.entity).sort()).toEqual(['finding', 'pain_point', 'pain_point', 'step']);
    for (const h of hits)
      expect(h).toMatchObject({
        workshopId: id,
        workshopTitle: 'Application deployment after virtualization',
        client: 'Northwind IT',
      });
    const step = hits.find((h) => h.entity === 'step')!;
    const rack = data.maps.current.steps.find((s) => s.title === 'Rack and install OS')!;
    expect(step).toMatchObject({
      entityId: rack.id,
      stepId: rack.id,
      stepTitle: rack.title,
      state: 'current',
    });
    const pain = hits.find((h) => h.entity === 'pain_point' && h.state === 'actual')!;
    expect(pain.stepTitle).toBe('Submit hardware request form');
    expect(pain.snippet.map((p) => p.text).join('')).toBe('Still asks for rack units for a VM');
    expect(hitText(pain.snippet)).toEqual(['rack']);
    expect(hits.find((h) => h.entity === 'finding')).toMatchObject({ stepId: null, state: null });
    await core.close();
  });

  it('matches as you type: the last word is a prefix', async () => {
    const { core } = await setup();
    const partial = await invoke(core, 'search:query', { text: 'Ansib' });
    expect(partial.map((h) => h.entity)).toEqual(expect.arrayContaining(['step', 'action']));
    expect(hitText(partial[0]!.snippet)).toEqual(['Ansible']);
    expect(await invoke(core, 'search:query', { text: 'configuration man' })).toEqual([
      expect.objectContaining({ entity: 'finding' }),
    ]);
    await core.close();
  });

  it('never turns user text into an FTS error', async () => {
    const { core } = await setup();
    for (const text of [
      '"',
      'a"b',
      'OR',
      'AND NOT',
      'NEAR(',
      '*',
      'col:rack',
      '(rack',
      '-rack',
      '^',
      "'; DROP",
      '\u0000',
    ])
      expect(await dispatch({ core }, 'search:query', { text })).toMatchObject({ ok: true });
    expect(await invoke(core, 'search:query', { text: '' })).toEqual([]);
    expect((await invoke(core, 'search:query', { text: 'rack OR' })).length).toBe(0);
    await core.close();
  });

  it('leaves out deleted workshops, and can search one workshop', async () => {
    const { core, id } = await setup();
    const other = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
    expect(await invoke(core, 'search:query', { text: 'rack' })).toHaveLength(8);
    expect(await invoke(core, 'search:query', { text: 'rack', workshopId: other })).toHaveLength(4);
    core.db().prepare(`UPDATE workshops SET deleted_at = ? WHERE id = ?`).run(new Date().toISOString(), id);
    const hits = await invoke(core, 'search:query', { text: 'rack' });
    expect(hits.map((h) => h.workshopId)).toEqual([other, other, other, other]);
    await core.close();
  });

  it('limits the number of hits', async () => {
    const { core } = await setup();
    expect(await invoke(core, 'search:query', { text: 'ap', limit: 3 })).toHaveLength(3);
    expect(await dispatch({ core }, 'search:query', { text: 'x', limit: 0 })).toMatchObject({ ok: false });
    expect(await dispatch({ core }, 'search:query', { text: 'x'.repeat(501) })).toMatchObject({ ok: false });
    await core.close();
  });

  it('ranks the most recent matches of a very common word, and still returns the best of them', async () => {
    const { core, data } = await setup();
    const insert = core
      .db()
      .prepare(
        `INSERT INTO steps (id, map_id, position, title) VALUES (lower(hex(randomblob(16))), ?, ?, ?)`,
      );
    core.db().transaction(() => {
      for (let i = 0; i < RANKED_MATCHES + 100; i++)
        insert.run(data.maps.current.id, 100 + i, `Zebra crossing ${i}`);
      insert.run(data.maps.current.id, 9999, 'Zebra zebra zebra');
    })();
    const hits = await invoke(core, 'search:query', { text: 'zeb' });
    expect(hits).toHaveLength(50);
    expect(hits[0]!.stepTitle).toBe('Zebra zebra zebra');
    await core.close();
  });
});
