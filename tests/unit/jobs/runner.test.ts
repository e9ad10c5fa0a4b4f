import { afterEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { JobRunner } from '../../../electron/core/jobs/runner.js';
import { INLINE_BELOW_BYTES } from '../../../electron/core/jobs/small-jobs.js';
import { tsWorker } from '../../../electron/core/jobs/worker-path.js';
import type { JobInfo } from '../../../shared/ipc/job.channels.js';
import { bigCsv } from '../../helpers/big-csv.js';
import { invoke, startCore } from '../../helpers/core.js';
import { counts } from '../exchange/helpers.js';

const ROWS = 20_000;
let core: AppCore;

afterEach(async () => core?.close());

async function workshop(): Promise<string> {
  core = await startCore();
  const { workshop } = await invoke(core, 'workshop:create', { client: 'Contoso', title: 'Big import' });
  return workshop.id;
}

/** Polls `job:list` as the renderer does until a job is writing rows; returns what it saw. */
async function untilWriting(seen: JobInfo[] = []): Promise<JobInfo> {
  for (;;) {
    const jobs = await invoke(core, 'job:list', {});
    seen.push(...jobs);
    const writing = jobs.find((j) => j.phase === 'Writing steps' && j.done > 0);
    if (writing) return writing;
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('jobs: imports in a worker thread', () => {
  it('reports progress by phase and imports every row', async () => {
    const id = await workshop();
    const seen: JobInfo[] = [];
    const done = dispatch({ core }, 'csv:import', {
      workshopId: id,
      state: 'current',
      content: bigCsv(ROWS),
    });
    const writing = await untilWriting(seen);
    expect(writing).toMatchObject({ kind: 'csv-import', workshopId: id, total: ROWS, cancellable: true });
    const result = await done;
    expect(result).toMatchObject({ ok: true, value: { imported: ROWS } });
    expect(new Set(seen.map((j) => j.phase))).toContain('Reading the file');
    expect(counts(core).steps).toBe(ROWS);
    expect(await invoke(core, 'job:list', {})).toEqual([]);
  });

  it('a cancelled import writes nothing and says so', async () => {
    const id = await workshop();
    const before = counts(core);
    const done = dispatch({ core }, 'csv:import', {
      workshopId: id,
      state: 'current',
      content: bigCsv(ROWS),
    });
    const writing = await untilWriting();
    expect(await invoke(core, 'job:cancel', { id: writing.id })).toEqual({ cancelled: true });
    expect(await done).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'Cancelled: nothing was changed.' },
    });
    expect(counts(core)).toEqual(before);
    expect(core.jobs.gate.busy).toBe(false);
  });

  it('quitting mid-import cancels it: the library reopens as it was', async () => {
    const id = await workshop();
    const before = counts(core);
    const done = dispatch({ core }, 'csv:import', {
      workshopId: id,
      state: 'current',
      content: bigCsv(ROWS),
    });
    await untilWriting();
    await core.close();
    expect(await done).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    core = await startCore(core.dataDir);
    expect(counts(core)).toEqual(before);
  });

  it('a worker that dies mid-transaction gives a clear error and changes nothing', async () => {
    const id = await workshop();
    const before = counts(core);
    const runner = new JobRunner({
      mode: 'worker',
      dbFile: core.file,
      db: () => core.db(),
      script: tsWorker(new URL('../../helpers/crash-worker.ts', import.meta.url)),
    });
    const run = runner.run('csv-import', { workshopId: id, state: 'current', content: bigCsv(5000) }, id);
    await expect(run).rejects.toMatchObject({
      code: 'internal',
      message: 'Importing steps from CSV stopped unexpectedly (exit code 7). Nothing was changed.',
    });
    expect(counts(core)).toEqual(before);
    expect(runner.gate.busy).toBe(false);
    expect(runner.list()).toEqual([]);
  });

  it('a small import runs on main, sooner than a worker starts; a large one in the worker', async () => {
    const id = await workshop();
    // A worker that always dies: whatever reaches it fails.
    const runner = new JobRunner({
      mode: 'worker',
      dbFile: core.file,
      db: () => core.db(),
      script: tsWorker(new URL('../../helpers/crash-worker.ts', import.meta.url)),
    });
    const small = bigCsv(200);
    expect(small.length).toBeLessThan(INLINE_BELOW_BYTES['csv-import']!);
    await runner.run('csv-import', { workshopId: id, state: 'current', content: small }, id);
    expect(counts(core).steps).toBe(200);
    const large = bigCsv(5000);
    expect(large.length).toBeGreaterThan(INLINE_BELOW_BYTES['csv-import']!);
    await expect(
      runner.run('csv-import', { workshopId: id, state: 'current', content: large }, id),
    ).rejects.toMatchObject({ code: 'internal' });
    expect(counts(core).steps).toBe(200);
  });

  it('a main-thread edit waits for the import to commit, then succeeds', async () => {
    const id = await workshop();
    const mapId = (await invoke(core, 'workshop:data', { id })).maps.current.id;
    const stepId = (
      await invoke(core, 'step:create', { mapId, afterStepId: null, fields: { title: 'Before' } })
    ).id!;
    const importing = dispatch({ core }, 'csv:import', {
      workshopId: id,
      state: 'current',
      content: bigCsv(ROWS),
    });
    await untilWriting();
    expect(core.jobs.gate.busy).toBe(true);
    const edit = await dispatch({ core }, 'step:update', { stepId, patch: { title: 'After' } });
    expect(edit.ok).toBe(true);
    expect(await importing).toMatchObject({ ok: true, value: { imported: ROWS } });
    const title = core.db().prepare(`SELECT title FROM steps WHERE id = ?`).pluck().get(stepId);
    expect(title).toBe('After');
    expect(counts(core).steps).toBe(ROWS + 1);
  });

  it('undo and redo refuse while an import into the workshop runs; after it, undo takes the import back', async () => {
    const id = await workshop();
    const mapId = (await invoke(core, 'workshop:data', { id })).maps.current.id;
    await invoke(core, 'step:create', { mapId, afterStepId: null, fields: { title: 'Before' } });
    const importing = dispatch({ core }, 'csv:import', {
      workshopId: id,
      state: 'current',
      content: bigCsv(ROWS),
    });
    await untilWriting();
    for (const channel of ['edit:undo', 'edit:redo'] as const)
      expect(await dispatch({ core }, channel, { workshopId: id })).toMatchObject({
        ok: false,
        error: { code: 'conflict', message: expect.stringContaining('waits for the import under way') },
      });
    expect(await importing).toMatchObject({ ok: true, value: { imported: ROWS } });
    expect(counts(core).steps).toBe(ROWS + 1);
    await invoke(core, 'edit:undo', { workshopId: id });
    expect(counts(core).steps).toBe(1);
  });
});
