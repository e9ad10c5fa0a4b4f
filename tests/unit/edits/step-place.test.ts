import { describe, expect, it } from 'vitest';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';

describe('step:place (a card dragged on the board)', () => {
  it('moves a step to another lane and place as one edit, undone in one step', async () => {
    const core = await startCore();
    const db = core.db();
    const id = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    const before = loadWorkshopData(db, id).maps.current;
    const last = before.steps.at(-1)!;
    const first = before.steps[0]!;
    expect(last.laneId).not.toBe(before.lanes.at(-1)!.id);
    const target = before.lanes.find((l) => l.id !== last.laneId)!;

    await invoke(core, 'step:place', {
      stepId: last.id,
      laneId: target.id,
      delta: -(before.steps.length - 2),
    });
    const after = loadWorkshopData(db, id).maps.current;
    expect(after.steps.map((s) => s.id)).toEqual([
      first.id,
      last.id,
      ...before.steps.slice(1, -1).map((s) => s.id),
    ]);
    expect(after.steps[1]!.laneId).toBe(target.id);

    await invoke(core, 'edit:undo', { workshopId: id });
    const undone = loadWorkshopData(db, id).maps.current;
    expect(undone.steps.map((s) => [s.id, s.laneId])).toEqual(before.steps.map((s) => [s.id, s.laneId]));
    await core.close();
  });

  it('refuses a lane of another map and changes nothing', async () => {
    const core = await startCore();
    const db = core.db();
    const id = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    const data = loadWorkshopData(db, id);
    const step = data.maps.current.steps[0]!;
    const foreign = data.maps.future.lanes[0]!;
    const result = await dispatch({ core }, 'step:place', { stepId: step.id, laneId: foreign.id, delta: 1 });
    expect(result.ok).toBe(false);
    expect(loadWorkshopData(db, id).maps.current).toEqual(data.maps.current);
    await core.close();
  });
});
