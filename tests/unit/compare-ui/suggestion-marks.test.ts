import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { openDatabase } from '../../../electron/core/store/database.js';
import { migrate } from '../../../electron/core/store/migrate.js';
import { MIGRATIONS } from '../../../electron/core/store/migrations/index.js';
import { compareWorkshop } from '../../../shared/compare/index.js';
import { linkSuggestionKey } from '../../../shared/ipc/compare.channels.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

describe('migration 0007: suggestion marks', () => {
  it('adds the table to a version-6 database and keeps its workshops', () => {
    const db = openDatabase(join(tempDir(), 'x.db'));
    migrate(db, MIGRATIONS, 6);
    // A workshop as a version-6 user had it: no tags yet (migration 11), no finding sources (19).
    const data = originWorkshop();
    const findings = data.findings.map((f) => ({ ...f, sources: [] }));
    const id = insertWorkshopData(
      db,
      { ...data, findings, workshop: { ...data.workshop, tags: [] } },
      { mode: 'new' },
    );
    migrate(db, MIGRATIONS, 7);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
    expect(db.prepare(`SELECT count(*) FROM findings WHERE workshop_id = ?`).pluck().get(id)).toBe(2);
    const insert = db.prepare(
      `INSERT INTO suggestion_marks (id, workshop_id, key, decision, finding_id, created_at) VALUES (?, ?, ?, ?, NULL, '2026-01-01')`,
    );
    insert.run('m1', id, 'metric-above-future:approvals', 'rejected');
    // One decision per suggestion and workshop; only the two known decisions.
    expect(() => insert.run('m2', id, 'metric-above-future:approvals', 'rejected')).toThrow(/UNIQUE/);
    expect(() => insert.run('m3', id, 'other', 'maybe')).toThrow(/CHECK/);
    // Marks go with their workshop.
    db.prepare(`DELETE FROM workshops WHERE id = ?`).run(id);
    expect(db.prepare(`SELECT count(*) FROM suggestion_marks`).pluck().get()).toBe(0);
    db.close();
  });
});

describe('suggestion channels', () => {
  it('accepts a suggested finding as one undoable edit and remembers its key', async () => {
    const core = await startCore();
    const workshopId = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
    const data = await invoke(core, 'workshop:data', { id: workshopId });
    const s = compareWorkshop({ maps: data.maps, links: data.links }).findings[0]!;
    const { key, ...fields } = s;
    const accepted = await invoke(core, 'finding:accept-suggestion', { workshopId, key, finding: fields });
    expect(accepted.undo.undoLabel).toBe('Accept suggested finding');
    const after = await invoke(core, 'workshop:data', { id: workshopId });
    const finding = after.findings.find((f) => f.id === accepted.id);
    expect(finding).toMatchObject({ title: s.title, suggested: true, evidence: s.evidence });
    expect([...finding!.stepIds].sort()).toEqual([...s.stepIds].sort());
    expect(await invoke(core, 'suggestion:list', { workshopId })).toEqual([
      { key, decision: 'accepted', findingId: accepted.id },
    ]);

    await invoke(core, 'edit:undo', { workshopId });
    expect(await invoke(core, 'suggestion:list', { workshopId })).toEqual([]);
    expect((await invoke(core, 'workshop:data', { id: workshopId })).findings).toHaveLength(2);
    await invoke(core, 'edit:redo', { workshopId });
    expect(await invoke(core, 'suggestion:list', { workshopId })).toHaveLength(1);
    await core.close();
  });

  it('rejects and restores suggestions, across a restart', async () => {
    const dir = tempDir();
    let core = await startCore(dir);
    const workshopId = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
    const key = linkSuggestionKey(
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000002',
    );
    const rejected = await invoke(core, 'suggestion:reject', { workshopId, key });
    expect(rejected.undo.undoLabel).toBe('Reject suggested link');
    await invoke(core, 'suggestion:reject', { workshopId, key: 'metric-above-future:approvals' });
    await core.close();

    core = await startCore(dir);
    expect(await invoke(core, 'suggestion:list', { workshopId })).toEqual([
      { key, decision: 'rejected', findingId: null },
      { key: 'metric-above-future:approvals', decision: 'rejected', findingId: null },
    ]);
    await invoke(core, 'suggestion:restore', { workshopId, key });
    expect((await invoke(core, 'suggestion:list', { workshopId })).map((m) => m.key)).toEqual([
      'metric-above-future:approvals',
    ]);
    await core.close();
  });
});
