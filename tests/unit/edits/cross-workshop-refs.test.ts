import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import type { AppCore } from '../../../electron/core/app-core.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';

async function twoWorkshops() {
  const core = await startCore();
  const a = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
  const b = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
  return { core, a, b, dataB: loadWorkshopData(core.db(), b) };
}

const rows = (core: AppCore) =>
  core
    .db()
    .prepare(
      `SELECT (SELECT count(*) FROM recommendations) + (SELECT count(*) FROM actions) +
    (SELECT count(*) FROM votes) + (SELECT count(*) FROM evidence) + (SELECT count(*) FROM parking_lot)`,
    )
    .pluck()
    .get();

describe('references across workshops', () => {
  it('room:add refuses a recommendation whose finding is another workshop’s, and votes on targets that do not exist', async () => {
    const { core, a, dataB } = await twoWorkshops();
    const before = rows(core);
    const theirs = dataB.findings[0]!.id;
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'recommendation', text: 'Automate', findingId: theirs }, 'findingId'],
      [{ kind: 'action', title: 'Do', findingId: theirs }, 'findingId'],
      [{ kind: 'action', title: 'Do', recommendationId: dataB.recommendations[0]!.id }, 'recommendationId'],
      [{ kind: 'action', title: 'Do', findingId: randomUUID() }, 'findingId'],
      [{ kind: 'vote', targetType: 'finding', targetId: randomUUID(), dots: 2 }, 'targetId'],
      [{ kind: 'vote', targetType: 'pain_point', targetId: dataB.painPoints[0]!.id, dots: 1 }, 'targetId'],
      [{ kind: 'vote', targetType: 'parking_lot', targetId: theirs, dots: 1 }, 'targetId'],
      [
        { kind: 'evidence', text: 'Said so', mode: 'observed', stepId: dataB.maps.current.steps[0]!.id },
        'stepId',
      ],
      [
        { kind: 'finding', title: 'F', category: 'process', stepIds: [dataB.maps.current.steps[0]!.id] },
        'stepIds',
      ],
    ];
    for (const [item, path] of cases) {
      const res = await dispatch({ core }, 'room:add', { workshopId: a, item });
      expect(res, JSON.stringify(item)).toMatchObject({ ok: false, error: { code: 'invalid_input', path } });
      expect(!res.ok && res.error.message).toMatch(/of this workshop/);
    }
    expect(rows(core)).toBe(before);
    // Their own finding is fine, and so is an update pointing at it.
    const own = loadWorkshopData(core.db(), a).findings[0]!.id;
    const { id } = await invoke(core, 'room:add', {
      workshopId: a,
      item: { kind: 'recommendation', text: 'Ok', findingId: own },
    });
    const moved = await dispatch({ core }, 'room:update', {
      workshopId: a,
      item: { kind: 'recommendation', id, patch: { findingId: theirs } },
    });
    expect(moved).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'findingId' } });
    await core.close();
  });

  it('a workshop with stray references (from older versions) exports a file that re-imports, and Duplicate works', async () => {
    const { core, a, dataB } = await twoWorkshops();
    const db = core.db();
    // What older versions let in, written straight to the tables.
    db.prepare(
      `INSERT INTO recommendations (id, workshop_id, finding_id, text, position) VALUES (?, ?, ?, 'Stray', 99)`,
    ).run(randomUUID(), a, dataB.findings[0]!.id);
    db.prepare(
      `INSERT INTO votes (id, workshop_id, target_type, target_id, participant, dots) VALUES (?, ?, 'finding', ?, '', 3)`,
    ).run(randomUUID(), a, randomUUID());
    const exported = await invoke(core, 'workshop:export', { workshopId: a });
    const again = await invoke(core, 'workshop:import', { content: exported.content! });
    const copy = loadWorkshopData(db, again.workshopId);
    expect(copy.recommendations.find((r) => r.text === 'Stray')?.findingId).toBeNull();
    const duplicated = await dispatch({ core }, 'library:duplicate', { workshopId: a });
    expect(duplicated).toMatchObject({ ok: true });
    await core.close();
  });
});
