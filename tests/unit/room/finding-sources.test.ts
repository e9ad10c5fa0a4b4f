import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';

describe('a finding’s evidence picked from what the room said', () => {
  it('links quotes and pain points of the same workshop, refuses another’s, and undoes with the finding', async () => {
    const core = await startCore();
    const db = core.db();
    const a = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    const b = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    const da = loadWorkshopData(db, a);
    const db_ = loadWorkshopData(db, b);
    const quote = da.evidence[0]!;
    const pain = da.painPoints[0]!;
    const sources = [
      { type: 'evidence' as const, id: quote.id },
      { type: 'pain_point' as const, id: pain.id },
    ];
    const { id } = await invoke(core, 'room:add', {
      workshopId: a,
      item: { kind: 'finding', title: 'Approvals wait for the CAB', category: 'process', sources },
    });
    const finding = () => loadWorkshopData(db, a).findings.find((f) => f.id === id)!;
    expect(finding().sources).toEqual(expect.arrayContaining(sources));

    // Another workshop's quote or pain point is refused, and nothing changes.
    for (const theirs of [
      { type: 'evidence' as const, id: db_.evidence[0]!.id },
      { type: 'pain_point' as const, id: db_.painPoints[0]!.id },
    ]) {
      const res = await dispatch({ core }, 'room:update', {
        workshopId: a,
        item: { kind: 'finding', id, patch: { sources: [theirs] } },
      });
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'sources' } });
      expect(!res.ok && res.error.message).toMatch(/of this workshop/);
    }
    expect(finding().sources).toHaveLength(2);

    // Deleting the quote unlinks it; undo brings both back.
    await invoke(core, 'room:delete', { workshopId: a, kind: 'evidence', id: quote.id });
    expect(finding().sources).toEqual([{ type: 'pain_point', id: pain.id }]);
    await invoke(core, 'edit:undo', { workshopId: a });
    expect(finding().sources).toEqual(expect.arrayContaining(sources));

    // Exported and imported, the links follow the new ids.
    const file = await invoke(core, 'workshop:export', { workshopId: a });
    const copy = loadWorkshopData(
      db,
      (await invoke(core, 'workshop:import', { content: file.content! })).workshopId,
    );
    const f = copy.findings.find((x) => x.title === 'Approvals wait for the CAB')!;
    expect(f.sources).toHaveLength(2);
    const quoteCopy = copy.evidence.find((e) => e.text === quote.text)!;
    expect(f.sources).toContainEqual({ type: 'evidence', id: quoteCopy.id });
    await core.close();
  });
});
