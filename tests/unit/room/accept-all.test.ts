import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { loadWorkshopData } from '../../../electron/core/repo/snapshot-load.js';
import { compareWorkshop } from '../../../shared/compare/index.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';

describe('accept all suggested findings', () => {
  it('adds every suggestion as one edit that one undo takes back', async () => {
    const core = await startCore();
    const db = core.db();
    const id = insertWorkshopData(db, originWorkshop(), { mode: 'new' });
    const data = loadWorkshopData(db, id);
    const before = data.findings.length;
    const { findings } = compareWorkshop({
      maps: data.maps,
      links: data.links,
      options: { suggestions: false },
    });
    expect(findings.length).toBeGreaterThan(3);
    const suggestions = findings.map(({ key, ...finding }) => ({ key, finding }));
    const res = await invoke(core, 'finding:accept-suggestions', { workshopId: id, suggestions });
    expect(res.accepted).toBe(findings.length);
    expect(res.undo.undoLabel).toBe(`Accept ${findings.length} suggested findings`);
    const after = loadWorkshopData(db, id).findings;
    expect(after.length).toBe(before + findings.length);
    expect(after.filter((f) => f.suggested).map((f) => f.title)).toEqual(findings.map((f) => f.title));
    const marks = await invoke(core, 'suggestion:list', { workshopId: id });
    expect(marks.filter((m) => m.decision === 'accepted')).toHaveLength(findings.length);

    await invoke(core, 'edit:undo', { workshopId: id });
    expect(loadWorkshopData(db, id).findings.length).toBe(before);
    expect(await invoke(core, 'suggestion:list', { workshopId: id })).toEqual([]);

    const empty = await dispatch({ core }, 'finding:accept-suggestions', { workshopId: id, suggestions: [] });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!empty.ok && empty.error.message).toMatch(/no suggestions to accept/);
    await core.close();
  });
});
