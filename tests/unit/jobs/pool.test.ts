import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppCore } from '../../../electron/core/app-core.js';
import { JobRunner } from '../../../electron/core/jobs/runner.js';
import { type WorkerScript, tsWorker } from '../../../electron/core/jobs/worker-path.js';
import { AppError } from '../../../electron/core/store/errors.js';
import { invoke, startCore } from '../../helpers/core.js';

let core: AppCore;
let runner: JobRunner;

afterEach(async () => {
  await runner?.close();
  await core?.close();
});

async function poolRunner(): Promise<JobRunner> {
  core = await startCore();
  runner = new JobRunner({
    mode: 'worker',
    dbFile: core.file,
    db: () => core.db(),
    script: tsWorker(new URL('../../helpers/pool-worker.ts', import.meta.url)),
  });
  return runner;
}

type Answer = {
  threadId: number;
  jobs: number;
  warmed: string[];
  prepared: { input: unknown; workshops: number }[];
};
const report = (r: JobRunner) =>
  r.run('report', { workshopId: 'w' } as never) as Promise<unknown> as Promise<Answer>;
const busy = (r: JobRunner, listens: boolean) =>
  r.run('bpmn-preview', { listens } as never) as Promise<unknown> as Promise<{ threadId: number }>;

/** Cancels the one running job once it has started. */
async function cancelRunning(r: JobRunner): Promise<void> {
  for (;;) {
    const job = r.list()[0];
    if (job && job.phase !== 'Starting' && !job.phase.startsWith('Waiting')) {
      expect(r.cancel(job.id)).toBe(true);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('job workers are kept between jobs', () => {
  it('the next job runs in the worker the last one used', async () => {
    const r = await poolRunner();
    const first = await report(r);
    const second = await report(r);
    expect(second.threadId).toBe(first.threadId);
    expect(second.jobs).toBe(2);
  });

  it('a warmed worker has run its warm-up before the job it was warmed for', async () => {
    const r = await poolRunner();
    r.warm('report');
    r.warm('report');
    const answer = await report(r);
    expect(answer).toMatchObject({ jobs: 1, warmed: ['report'] });
  });

  it('a warm-up with the job’s input prepares it from the library, before the job', async () => {
    const r = await poolRunner();
    await invoke(core, 'workshop:create', { client: 'Contoso', title: 'Deploy' });
    await r.warm('report', { workshopId: 'a' });
    const answer = await report(r);
    expect(answer.prepared).toEqual([{ input: { workshopId: 'a' }, workshops: 1 }]);
  });

  it('of warm-ups sent while one prepares, only the newest runs', async () => {
    const r = await poolRunner();
    await r.warm('report');
    const first = r.warm('report', { workshopId: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const skipped = r.warm('report', { workshopId: 'b' });
    const newest = r.warm('report', { workshopId: 'c' });
    await Promise.all([first, skipped, newest]);
    const answer = await report(r);
    expect(answer.prepared.map((p) => p.input)).toEqual([{ workshopId: 'a' }, { workshopId: 'c' }]);
  });

  it('no worker is started to get ready while a job runs: it will be free soon', async () => {
    const r = await poolRunner();
    const running = busy(r, true);
    await cancelRunning(r);
    await r.warm('report', { workshopId: 'a' });
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    const answer = await report(r);
    expect(answer).toMatchObject({ jobs: 2, warmed: [], prepared: [] });
  });

  it('another kind of job does not wait behind a preparation: it gets a worker of its own', async () => {
    const r = await poolRunner();
    await r.warm('report');
    const preparing = r.warm('report', { workshopId: 'a' });
    const deck = (await r.run('deck', {} as never)) as unknown as Answer;
    expect(deck.prepared).toEqual([]);
    await preparing;
    const answer = await report(r);
    expect(answer.prepared).toHaveLength(1);
    expect(deck.threadId).not.toBe(answer.threadId);
  });

  it('a worker that crashed is replaced, and the job says what happened', async () => {
    const r = await poolRunner();
    const before = await report(r);
    await expect(r.run('csv-import', { path: '/nonexistent/big.csv' } as never)).rejects.toMatchObject({
      code: 'internal',
      message: 'Importing steps from CSV stopped unexpectedly (exit code 3). Nothing was changed.',
    });
    const after = await report(r);
    expect(after.threadId).not.toBe(before.threadId);
    expect(after.jobs).toBe(1);
  });

  it('a job cancelled at its next check leaves its worker for the next job', async () => {
    const r = await poolRunner();
    const running = busy(r, true);
    await cancelRunning(r);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    const next = await report(r);
    expect(next.jobs).toBe(2);
  });

  it('a worker that does not hear the cancel is stopped after the grace, and not reused', async () => {
    const r = await poolRunner();
    const first = await report(r);
    const running = busy(r, false);
    await cancelRunning(r);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    const next = await report(r);
    expect(next.threadId).not.toBe(first.threadId);
    expect(next.jobs).toBe(1);
  }, 15_000);

  it('closing stops the kept workers', async () => {
    const r = await poolRunner();
    await report(r);
    const kept = (r as unknown as { pool: { idleCount: number } }).pool;
    expect(kept.idleCount).toBe(1);
    await r.close();
    expect(kept.idleCount).toBe(0);
  });
});

describe('a worker that cannot start', () => {
  async function runnerWith(script: WorkerScript): Promise<JobRunner> {
    core = await startCore();
    runner = new JobRunner({ mode: 'worker', dbFile: core.file, db: () => core.db(), script });
    return runner;
  }

  it('its file missing: getting ready ends quietly; the job says it stopped', async () => {
    const r = await runnerWith({ url: new URL('file:///nonexistent/jobs-worker.js') });
    await expect(r.warm('report', { workshopId: 'a' } as never)).resolves.toBeUndefined();
    await expect(r.run('report', { workshopId: 'a' } as never)).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('Writing the Word report stopped unexpectedly'),
    });
  });

  it('not even found by the build: getting ready ends quietly; the job says what is missing', async () => {
    const missing = new AppError('internal', 'This build of Triptych is missing its background worker.');
    const r = await runnerWith({
      get url(): URL {
        throw missing;
      },
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(r.warm('report', { workshopId: 'a' } as never)).resolves.toBeUndefined();
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    await expect(r.run('report', { workshopId: 'a' } as never)).rejects.toBe(missing);
    expect(r.list()).toEqual([]);
    // The failed start left no worker counted as busy: getting ready tries again.
    const again = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await r.warm('report', { workshopId: 'a' } as never);
    expect(again).toHaveBeenCalledOnce();
    again.mockRestore();
  });
});
