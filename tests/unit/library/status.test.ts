import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';

describe('workshop status set by the facilitator', () => {
  it('is set, listed, survives archive and unarchive, and travels in a .triptych file', async () => {
    const core = await startCore();
    const { workshop } = await invoke(core, 'workshop:create', { client: 'Acme', title: 'Onboarding' });
    expect(workshop.status).toBe('draft');
    await invoke(core, 'workshop:update', { id: workshop.id, patch: { status: 'in_progress' } });
    const item = async () => (await invoke(core, 'library:list', {})).find((i) => i.id === workshop.id)!;
    expect(await item()).toMatchObject({ status: 'in_progress', archived: false });

    // Archiving an untouched workshop and bringing it back leaves its status alone.
    await invoke(core, 'library:archive', { workshopId: workshop.id, archived: true });
    expect(await item()).toMatchObject({ status: 'in_progress', archived: true });
    expect((await invoke(core, 'workshop:list', {})).map((w) => w.id)).not.toContain(workshop.id);
    expect(await invoke(core, 'workshop:list', { includeArchived: true })).toContainEqual(
      expect.objectContaining({ id: workshop.id, status: 'in_progress', archived: true }),
    );
    await invoke(core, 'library:archive', { workshopId: workshop.id, archived: false });
    expect(await item()).toMatchObject({ status: 'in_progress', archived: false });
    const again = await dispatch({ core }, 'library:archive', { workshopId: workshop.id, archived: false });
    expect(again).toMatchObject({ ok: false, error: { message: 'That workshop is not archived.' } });

    // The old value is refused as a status: archiving is not a status any more.
    const bad = await dispatch({ core }, 'workshop:update', {
      id: workshop.id,
      patch: { status: 'archived' as never },
    });
    expect(bad.ok).toBe(false);
    expect((await invoke(core, 'workshop:list', { status: 'in_progress' })).map((w) => w.id)).toEqual([
      workshop.id,
    ]);

    await invoke(core, 'workshop:update', { id: workshop.id, patch: { status: 'completed' } });
    const file = await invoke(core, 'workshop:export', { workshopId: workshop.id });
    const imported = await invoke(core, 'workshop:import', { content: file.content! });
    expect((await invoke(core, 'workshop:get', { id: imported.workshopId })).workshop.status).toBe(
      'completed',
    );
    await core.close();
  });

  it('reads a file written when archived was a status as completed', async () => {
    const core = await startCore();
    const id = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
    const file = await invoke(core, 'workshop:export', { workshopId: id });
    const old = file.content!.replace(/"status": ?"(draft|in_progress|completed)"/, '"status": "archived"');
    expect(old).toContain('"archived"');
    const imported = await invoke(core, 'workshop:import', { content: old });
    expect((await invoke(core, 'workshop:get', { id: imported.workshopId })).workshop.status).toBe(
      'completed',
    );
    await core.close();
  });
});
