import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { invoke, startCore } from '../../helpers/core.js';

describe('a full disk', () => {
  it('refuses the edit with a clear message, keeps every saved edit, and works again once there is room', async () => {
    const core = await startCore();
    const id = (await invoke(core, 'workshop:create', { client: 'Northwind IT', title: 'Deployment' }))
      .workshop.id;
    const mapId = (await invoke(core, 'workshop:data', { id })).maps.current.id;
    await invoke(core, 'step:create', { mapId, afterStepId: null, fields: { title: 'Saved before' } });
    const db = core.db();
    const pages = db.pragma('page_count', { simple: true }) as number;
    // The file may not grow: SQLite answers SQLITE_FULL, exactly as on a full disk.
    db.pragma(`max_page_count = ${pages}`);

    const notes = 'x'.repeat(9_000);
    let result = await dispatch({ core }, 'edit:state', { workshopId: id });
    let added = 0;
    for (let i = 0; i < 200 && result.ok; i++) {
      result = await dispatch({ core }, 'step:create', {
        mapId,
        afterStepId: null,
        fields: { title: `Step ${i}`, notes },
      });
      if (result.ok) added++;
    }
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'db_full', message: expect.stringMatching(/disk is full/) },
    });
    // Every acknowledged edit is there; the refused one left nothing behind.
    const after = await invoke(core, 'workshop:data', { id });
    expect(after.maps.current.steps).toHaveLength(1 + added);
    expect(after.maps.current.steps.at(-1)!.title).toBe('Saved before');

    db.pragma('max_page_count = 1073741823');
    await invoke(core, 'step:create', { mapId, afterStepId: null, fields: { title: 'After', notes } });
    expect((await invoke(core, 'workshop:data', { id })).maps.current.steps).toHaveLength(2 + added);
    await core.close();
  });
});
