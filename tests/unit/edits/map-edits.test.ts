import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import type { AppCore } from '../../../electron/core/app-core.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';

async function setup() {
  const core = await startCore();
  const created = await invoke(core, 'workshop:create', { client: 'Northwind IT', title: 'Deployment' });
  const id = created.workshop.id;
  const data = await invoke(core, 'workshop:data', { id });
  return {
    core,
    id,
    maps: { current: data.maps.current.id, future: data.maps.future.id, actual: data.maps.actual.id },
  };
}

const titles = async (core: AppCore, id: string, state: 'current' | 'future' | 'actual' = 'current') =>
  (await invoke(core, 'workshop:data', { id })).maps[state].steps.map((s) => s.title);

describe('map edits', () => {
  it('adds steps after the selected one, creates lanes by name, and keeps positions contiguous', async () => {
    const { core, id, maps } = await setup();
    const a = (
      await invoke(core, 'step:create', {
        mapId: maps.current,
        afterStepId: null,
        fields: { title: 'Request', laneName: 'App team' },
      })
    ).id!;
    const c = (
      await invoke(core, 'step:create', { mapId: maps.current, afterStepId: a, fields: { title: 'Deploy' } })
    ).id!;
    await invoke(core, 'step:create', {
      mapId: maps.current,
      afterStepId: a,
      fields: { title: 'Approve', laneName: 'management' },
    });
    await invoke(core, 'step:update', {
      stepId: c,
      patch: { laneName: 'APP TEAM', processMinutes: 120, tools: ['Installer', ' Installer ', 'Jenkins'] },
    });
    const data = await invoke(core, 'workshop:data', { id });
    expect(data.maps.current.steps.map((s) => [s.title, s.position])).toEqual([
      ['Request', 0],
      ['Approve', 1],
      ['Deploy', 2],
    ]);
    expect(data.maps.current.lanes.map((l) => l.name)).toEqual(['App team', 'management']);
    const deploy = data.maps.current.steps[2]!;
    expect(deploy.laneId).toBe(data.maps.current.lanes[0]!.id); // the typed name matched the existing lane
    expect(deploy.tools).toEqual(['Installer', 'Jenkins']);
    expect(deploy.processMinutes).toBe(120);
    await core.close();
  });

  it('reorders, duplicates and deletes steps', async () => {
    const { core, id, maps } = await setup();
    const ids: string[] = [];
    for (const title of ['A', 'B', 'C'])
      ids.push(
        (
          await invoke(core, 'step:create', {
            mapId: maps.current,
            afterStepId: ids.at(-1) ?? null,
            fields: { title },
          })
        ).id!,
      );
    await invoke(core, 'step:move', { stepId: ids[2]!, delta: -1 });
    expect(await titles(core, id)).toEqual(['A', 'C', 'B']);
    await invoke(core, 'step:duplicate', { stepId: ids[0]! });
    expect(await titles(core, id)).toEqual(['A', 'A', 'C', 'B']);
    await invoke(core, 'step:delete', { stepId: ids[1]! });
    expect(await titles(core, id)).toEqual(['A', 'A', 'C']);
    await core.close();
  });

  it('refuses bad values on the field and saves nothing', async () => {
    const { core, id, maps } = await setup();
    const s = (
      await invoke(core, 'step:create', { mapId: maps.current, afterStepId: null, fields: { title: 'X' } })
    ).id!;
    const bad = await dispatch({ core }, 'step:update', { stepId: s, patch: { processMinutes: -5 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'patch.processMinutes' } });
    const pct = await dispatch({ core }, 'step:update', { stepId: s, patch: { pctCompleteAccurate: 120 } });
    expect(pct).toMatchObject({ ok: false, error: { path: 'patch.pctCompleteAccurate' } });
    expect((await invoke(core, 'workshop:data', { id })).maps.current.steps[0]!.processMinutes).toBeNull();
    await core.close();
  });

  it('asks where the steps go before deleting a lane that holds them', async () => {
    const { core, id, maps } = await setup();
    await invoke(core, 'step:create', {
      mapId: maps.current,
      afterStepId: null,
      fields: { title: 'X', laneName: 'Old' },
    });
    const other = (await invoke(core, 'lane:create', { mapId: maps.current, name: 'New' })).id!;
    const lanes = (await invoke(core, 'workshop:data', { id })).maps.current.lanes;
    const old = lanes.find((l) => l.name === 'Old')!.id;
    expect(await dispatch({ core }, 'lane:delete', { laneId: old, moveStepsTo: null })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/1 step/) },
    });
    await invoke(core, 'lane:delete', { laneId: old, moveStepsTo: other });
    const after = (await invoke(core, 'workshop:data', { id })).maps.current;
    expect(after.lanes.map((l) => [l.name, l.position])).toEqual([['New', 0]]);
    expect(after.steps[0]!.laneId).toBe(other);
    await core.close();
  });
});

describe('start one state from another', () => {
  it('copies lanes and steps with each copy linked to its origin', async () => {
    const { core, id, maps } = await setup();
    let prev: string | null = null;
    for (const [title, laneName] of [
      ['Request form', 'App team'],
      ['Approve', 'Management'],
      ['Procure', 'Procurement'],
    ])
      prev = (
        await invoke(core, 'step:create', {
          mapId: maps.current,
          afterStepId: prev,
          fields: { title, laneName, processMinutes: 30 },
        })
      ).id;
    await invoke(core, 'map:start-from', { workshopId: id, source: 'current', target: 'future' });
    const data = await invoke(core, 'workshop:data', { id });
    expect(data.maps.future.steps.map((s) => s.title)).toEqual(['Request form', 'Approve', 'Procure']);
    expect(data.maps.future.lanes.map((l) => l.name)).toEqual(['App team', 'Management', 'Procurement']);
    expect(data.maps.future.steps.map((s) => s.originStepId)).toEqual(
      data.maps.current.steps.map((s) => s.id),
    );
    expect(new Set(data.maps.future.steps.map((s) => s.laneId))).toEqual(
      new Set(data.maps.future.lanes.map((l) => l.id)),
    );
    // A map that has steps is replaced only when asked.
    expect(
      await dispatch({ core }, 'map:start-from', { workshopId: id, source: 'current', target: 'future' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await invoke(core, 'map:start-from', { workshopId: id, source: 'future', target: 'actual' });
    const actual = (await invoke(core, 'workshop:data', { id })).maps.actual.steps;
    expect(actual.map((s) => s.originStepId)).toEqual(data.maps.future.steps.map((s) => s.id));
    await core.close();
  });

  it('links and unlinks steps of two states by hand, earlier state first', async () => {
    const { core, id, maps } = await setup();
    const c = (
      await invoke(core, 'step:create', { mapId: maps.current, afterStepId: null, fields: { title: 'Old' } })
    ).id!;
    const a = (
      await invoke(core, 'step:create', { mapId: maps.actual, afterStepId: null, fields: { title: 'New' } })
    ).id!;
    const link = (await invoke(core, 'link:create', { fromStepId: a, toStepId: c })).id!;
    expect((await invoke(core, 'workshop:data', { id })).links).toEqual([
      { id: link, fromStepId: c, toStepId: a, source: 'manual' },
    ]);
    const same = await dispatch({ core }, 'link:create', { fromStepId: c, toStepId: c });
    expect(same).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await invoke(core, 'link:delete', { linkId: link });
    expect((await invoke(core, 'workshop:data', { id })).links).toEqual([]);
    await core.close();
  });
});

describe('undo and redo', () => {
  it('undoes a step deletion with its pain points, links and references, and redoes it', async () => {
    const core = await startCore();
    const id = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
    const before = await invoke(core, 'workshop:data', { id });
    const target = before.maps.actual.steps[0]!; // has a pain point, a manual link, an origin, a finding
    await invoke(core, 'step:delete', { stepId: target.id });
    const deleted = await invoke(core, 'workshop:data', { id });
    expect(deleted.maps.actual.steps.map((s) => s.id)).not.toContain(target.id);
    expect(deleted.links).toHaveLength(0);
    expect(deleted.findings[0]!.stepIds).toEqual([]);

    const undone = await invoke(core, 'edit:undo', { workshopId: id });
    expect(undone.label).toBe('Delete step');
    expect(undone.undo).toMatchObject({ canRedo: true, redoLabel: 'Delete step' });
    const restored = await invoke(core, 'workshop:data', { id });
    const strip = (d: typeof before) => ({ ...d, workshop: { ...d.workshop, updatedAt: '' } });
    expect(strip(restored)).toEqual(strip(before));

    await invoke(core, 'edit:redo', { workshopId: id });
    expect((await invoke(core, 'workshop:data', { id })).maps.actual.steps).toHaveLength(
      before.maps.actual.steps.length - 1,
    );
    await core.close();
  });

  it('spans stages and survives a restart; a new edit clears redo', async () => {
    const { core, id, maps } = await setup();
    await invoke(core, 'step:create', { mapId: maps.current, afterStepId: null, fields: { title: 'C1' } });
    await invoke(core, 'step:create', { mapId: maps.future, afterStepId: null, fields: { title: 'F1' } });
    await invoke(core, 'workshop:update', { id, patch: { location: 'Leeds' } });
    const dir = core.dataDir;
    await core.close();

    const again = await startCore(dir);
    expect(await invoke(again, 'edit:state', { workshopId: id })).toMatchObject({
      canUndo: true,
      undoLabel: 'Edit workshop details',
    });
    await invoke(again, 'edit:undo', { workshopId: id });
    await invoke(again, 'edit:undo', { workshopId: id });
    let data = await invoke(again, 'workshop:data', { id });
    expect(data.workshop.location).toBe('');
    expect(data.maps.future.steps).toEqual([]);
    expect(data.maps.current.steps.map((s) => s.title)).toEqual(['C1']);
    await invoke(again, 'step:create', { mapId: maps.actual, afterStepId: null, fields: { title: 'A1' } });
    expect(await invoke(again, 'edit:state', { workshopId: id })).toMatchObject({ canRedo: false });
    expect((await invoke(again, 'edit:redo', { workshopId: id })).label).toBeNull();
    data = await invoke(again, 'workshop:data', { id });
    expect(data.maps.actual.steps.map((s) => s.title)).toEqual(['A1']);
    await again.close();
  });

  it('does not log an edit that changes nothing', async () => {
    const { core, id } = await setup();
    await invoke(core, 'workshop:update', { id, patch: { location: '' } });
    expect(await invoke(core, 'edit:state', { workshopId: id })).toMatchObject({ canUndo: false });
    await core.close();
  });
});
