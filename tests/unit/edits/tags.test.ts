import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { invoke, startCore } from '../../helpers/core.js';

describe('workshop tags', () => {
  it('are set as typed (trimmed, no repeats), undoable, and listed in the library', async () => {
    const core = await startCore();
    const id = (await invoke(core, 'workshop:create', { client: 'Northwind IT', title: 'Deployment' }))
      .workshop.id;
    await invoke(core, 'workshop:update', {
      id,
      patch: { tags: [' Virtualization ', 'infrastructure', 'VIRTUALIZATION'] },
    });
    expect((await invoke(core, 'workshop:get', { id })).workshop.tags).toEqual([
      'infrastructure',
      'Virtualization',
    ]);
    await invoke(core, 'workshop:update', { id, patch: { tags: ['infrastructure', 'Banking'] } });
    expect((await invoke(core, 'library:list', {}))[0]!.tags).toEqual(['Banking', 'infrastructure']);
    await invoke(core, 'edit:undo', { workshopId: id });
    expect((await invoke(core, 'workshop:data', { id })).workshop.tags).toEqual([
      'infrastructure',
      'Virtualization',
    ]);
    const bad = await dispatch({ core }, 'workshop:update', { id, patch: { tags: ['x'.repeat(41)] } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'patch.tags.0' } });
    await core.close();
  });
});
