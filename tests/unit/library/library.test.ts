import { describe, expect, it } from 'vitest';
import { AppCore } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { purgeOldTrash } from '../../../electron/core/repo/library.js';
import { insertWorkshopData } from '../../../electron/core/repo/snapshot-insert.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

async function withOrigin() {
  const dataDir = tempDir();
  const core = await startCore(dataDir);
  const workshopId = insertWorkshopData(core.db(), originWorkshop(), { mode: 'new' });
  return { core, dataDir, workshopId };
}

describe('library', () => {
  it('lists workshops with when they were opened, and remembers an opening', async () => {
    const { core, workshopId } = await withOrigin();
    const [item] = await invoke(core, 'library:list', {});
    expect(item).toMatchObject({
      id: workshopId,
      client: 'Northwind IT',
      deletedAt: null,
      lastOpenedAt: null,
    });
    const { lastOpenedAt } = await invoke(core, 'library:opened', { workshopId });
    expect((await invoke(core, 'library:list', {}))[0]!.lastOpenedAt).toBe(lastOpenedAt);
    await core.close();
  });

  it('moves a workshop to the trash, hides it from the app and search, and restores it', async () => {
    const { core, workshopId } = await withOrigin();
    expect(await invoke(core, 'search:query', { text: 'finance approval' })).not.toHaveLength(0);
    await invoke(core, 'library:trash', { workshopId });
    expect(await invoke(core, 'workshop:list', {})).toEqual([]);
    expect(await invoke(core, 'search:query', { text: 'finance approval' })).toEqual([]);
    expect((await dispatch({ core }, 'workshop:get', { id: workshopId })).ok).toBe(false);
    expect((await invoke(core, 'library:list', {}))[0]!.deletedAt).not.toBeNull();
    // Trashing twice, or purging a workshop not in the trash, is refused.
    expect(await dispatch({ core }, 'library:trash', { workshopId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    await invoke(core, 'library:restore', { workshopId });
    expect(await invoke(core, 'workshop:list', {})).toHaveLength(1);
    expect(await dispatch({ core }, 'library:purge', { workshopId })).toMatchObject({ ok: false });

    await invoke(core, 'library:trash', { workshopId });
    await invoke(core, 'library:purge', { workshopId });
    expect(await invoke(core, 'library:list', {})).toEqual([]);
    await core.close();
  });

  it('purges trash older than 30 days at startup, and keeps newer trash', async () => {
    const { core, dataDir, workshopId } = await withOrigin();
    const second = (await invoke(core, 'workshop:create', { client: 'Contoso', title: 'Onboarding' }))
      .workshop.id;
    await invoke(core, 'library:trash', { workshopId });
    await invoke(core, 'library:trash', { workshopId: second });
    core
      .db()
      .prepare(`UPDATE workshops SET deleted_at = ? WHERE id = ?`)
      .run(new Date(Date.now() - 31 * 86_400_000).toISOString(), workshopId);
    await core.close();

    const reopened = await AppCore.start({ dataDir, version: '0.0.0-test' });
    expect((await invoke(reopened, 'library:list', {})).map((w) => w.id)).toEqual([second]);
    expect(reopened.db().prepare(`SELECT count(*) FROM steps`).pluck().get()).toBe(0);
    expect(purgeOldTrash(reopened.db(), new Date(Date.now() + 31 * 86_400_000))).toBe(1);
    await reopened.close();
  });

  it('duplicates a workshop as a template, optionally without attendees and times', async () => {
    const { core, workshopId } = await withOrigin();
    const full = await invoke(core, 'library:duplicate', { workshopId });
    const copy = await invoke(core, 'workshop:data', { id: full.workshopId });
    const original = await invoke(core, 'workshop:data', { id: workshopId });
    expect(copy.workshop).toMatchObject({
      title: `${original.workshop.title} (copy)`,
      status: 'draft',
      date: null,
    });
    expect(copy.attendees).toHaveLength(original.attendees.length);
    expect(copy.maps.current.steps.map((s) => s.processMinutes)).toEqual(
      original.maps.current.steps.map((s) => s.processMinutes),
    );

    const bare = await invoke(core, 'library:duplicate', {
      workshopId,
      title: 'Deployment template',
      withoutAttendees: true,
      withoutTimes: true,
    });
    const template = await invoke(core, 'workshop:data', { id: bare.workshopId });
    expect(template.workshop.title).toBe('Deployment template');
    expect(template.attendees).toEqual([]);
    expect(template.votes).toEqual([]);
    expect(template.maps.actual.steps.length).toBe(original.maps.actual.steps.length);
    expect(template.maps.actual.steps.every((s) => s.processMinutes === null && s.waitMinutes === null)).toBe(
      true,
    );
    // The original is untouched.
    expect(await invoke(core, 'workshop:data', { id: workshopId })).toEqual(original);
    // The review reads every workshop not in the trash: the template shares the original's pain points.
    const review = await invoke(core, 'library:review', {});
    expect(review.workshops).toHaveLength(3);
    expect(review.themes.find((t) => t.kind === 'pain_point')?.workshops).toBe(3);
    await core.close();
  });
});
