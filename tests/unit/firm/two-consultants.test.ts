import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { serializeTriptych } from '../../../shared/exchange/triptych-file.js';
import { originWorkshop } from '../../fixtures/origin-workshop.js';
import { invoke, startCore } from '../../helpers/core.js';
import { type ConsultantName, type FirmLibrary, startFirmLibrary } from '../../helpers/firm-library.js';

let lib: FirmLibrary;
const cores: AppCore[] = [];
beforeAll(async () => {
  lib = await startFirmLibrary();
}, 60_000);
afterAll(() => lib?.destroy());
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
});

/** A consultant's laptop: its own data folder, its own role, connected through Settings. */
async function laptop(who: ConsultantName): Promise<AppCore> {
  const core = await startCore();
  cores.push(core);
  await invoke(core, 'firm:configure', { target: lib.target(who), password: lib.password(who) });
  return core;
}

async function importWorkshop(core: AppCore, title: string, stepTitle: string): Promise<string> {
  const data = originWorkshop();
  const current = data.maps.current;
  const steps = current.steps.map((s, i) => (i === 0 ? { ...s, title: stepTitle } : s));
  const content = serializeTriptych({
    ...data,
    workshop: { ...data.workshop, title },
    maps: { ...data.maps, current: { ...current, steps } },
  });
  return (await invoke(core, 'workshop:import', { content })).workshopId;
}

async function versionsOf(workshopKey: string): Promise<number> {
  const admin = await lib.admin();
  try {
    const r = await admin.query(`SELECT count(*)::int AS n FROM firm.versions WHERE workshop_key = $1`, [
      workshopKey,
    ]);
    return r.rows[0].n as number;
  } finally {
    await admin.end();
  }
}

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('two consultants and the firm library', () => {
  it('queues offline, drains exactly once when the server is back, and a colleague reuses it', async () => {
    const alice = await laptop('alice');
    const bob = await laptop('bob');
    const workshopId = await importWorkshop(alice, 'Quarter close at Contoso', 'Reconcile zeppelin invoices');

    lib.cluster.pause();
    try {
      const started = Date.now();
      const queued = await invoke(alice, 'firm:publish', {
        workshopId,
        visibility: 'firm',
        industry: 'Retail',
      });
      expect(Date.now() - started).toBeLessThan(8000);
      expect(queued).toMatchObject({ sentAt: null, attempts: 1 });
      expect(queued.lastError).toMatch(/cannot be reached/);
      const offline = await invoke(alice, 'firm:status', {});
      expect(offline).toMatchObject({ connection: 'offline', waiting: 1 });
      // Search as you type does not wait on the network again right after it failed.
      const fast = Date.now();
      expect(await dispatch({ core: alice }, 'firm:search', { text: 'zeppelin' })).toMatchObject({
        ok: false,
        error: { code: 'db_unavailable' },
      });
      expect(Date.now() - fast).toBeLessThan(1000);
    } finally {
      lib.cluster.start();
    }
    // The background retry (backoff from 2 s) sends it without anyone asking.
    await until(async () => (await invoke(alice, 'firm:status', {})).waiting === 0, 20_000);
    const sent = (await invoke(alice, 'firm:status', {})).outbox[0]!;
    expect(sent).toMatchObject({ version: 1 });
    expect(await versionsOf(workshopId)).toBe(1);

    // The acknowledgement lost: the row is sent again with the same key and finds its version.
    alice.db().prepare(`UPDATE firm_outbox SET sent_at = NULL, version_id = NULL WHERE id = ?`).run(sent.id);
    await invoke(alice, 'firm:sync', {});
    expect(await versionsOf(workshopId)).toBe(1);
    expect((await invoke(alice, 'firm:status', {})).outbox[0]).toMatchObject({
      versionId: sent.versionId,
    });

    // Bob finds it by a word from a step, marked "firm", and cannot take it over as his own.
    const hits = await invoke(bob, 'firm:search', { text: 'zeppelin' });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      source: 'firm',
      mine: false,
      client: 'Northwind IT',
      industry: 'Retail',
    });
    expect(hits[0]!.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toContain('zeppelin');
    const opened = await invoke(bob, 'firm:open', { versionId: hits[0]!.id });
    expect(opened.data.maps.current.steps[0]!.title).toBe('Reconcile zeppelin invoices');
    const refused = await dispatch({ core: bob }, 'firm:download', { versionId: hits[0]!.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const copy = await invoke(bob, 'firm:use-template', { versionId: hits[0]!.id });
    expect(copy.workshopId).not.toBe(workshopId);
    const list = await invoke(bob, 'library:list', {});
    expect(list.find((w) => w.id === copy.workshopId)).toMatchObject({ status: 'draft', date: null });
    const republished = await invoke(bob, 'firm:publish', {
      workshopId: copy.workshopId,
      visibility: 'firm',
    });
    expect(republished).toMatchObject({ version: 1 });
    expect((await invoke(alice, 'firm:search', { text: 'zeppelin' })).map((h) => h.publisher).sort()).toEqual(
      ['alice', 'bob'],
    );

    // Alice continues her own: same ids back, and her next publish is version 2 of the same workshop.
    const back = await invoke(alice, 'firm:download', { versionId: hits[0]!.id, overwrite: true });
    expect(back).toEqual({ workshopId, replaced: true });
    expect(await invoke(alice, 'firm:publish', { workshopId, visibility: 'firm' })).toMatchObject({
      version: 2,
    });
  }, 60_000);

  it('keeps a team-only engagement from a consultant outside the team, through the app', async () => {
    const alice = await laptop('alice');
    const bob = await laptop('bob');
    const carol = await laptop('carol');
    const workshopId = await importWorkshop(alice, 'Acme payroll', 'Approve quokka payroll');
    const sent = await invoke(alice, 'firm:publish', { workshopId, visibility: 'team', team: 'team_acme' });
    expect(sent.version).toBe(1);
    expect(await invoke(bob, 'firm:search', { text: 'quokka' })).toEqual([]);
    expect(await dispatch({ core: bob }, 'firm:open', { versionId: sent.versionId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await invoke(carol, 'firm:search', { text: 'quokka' })).map((h) => h.id)).toEqual([
      sent.versionId,
    ]);
    // Bob cannot publish for a team he is not in: it stays in his outbox with the reason.
    const bobsOwn = await importWorkshop(bob, 'Bob payroll', 'Approve payroll');
    const refused = await invoke(bob, 'firm:publish', {
      workshopId: bobsOwn,
      visibility: 'team',
      team: 'team_acme',
    });
    expect(refused).toMatchObject({ sentAt: null });
    expect(refused.lastError).toMatch(/not a member/);
  }, 60_000);

  it('refuses a plain-text connection to a host that is not this machine', async () => {
    const core = await startCore();
    cores.push(core);
    await invoke(core, 'firm:configure', {
      target: { host: 'db.example.invalid', port: 5432, database: 'firm', user: 'alice' },
    });
    const status = await invoke(core, 'firm:status', {});
    expect(status).toMatchObject({ tls: true, passwordKnown: false, passwordStorage: 'memory' });
    // The password is nowhere in the data folder's database.
    await invoke(core, 'firm:configure', { target: lib.target('alice'), password: 'alice-pw' });
    const stored = core.db().prepare(`SELECT group_concat(value) FROM firm_settings`).pluck().get() as string;
    expect(stored).not.toContain('alice-pw');
  });
});
