import { mkdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { AppCore } from '../../../electron/core/app-core.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { toAppError } from '../../../electron/core/store/errors.js';
import { invoke } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

/**
 * A second process on the same file, as the CLI beside the app: a worker thread with its own
 * connection that takes the write lock, says so, holds it for `ms`, then commits a change.
 */
function holdLock(file: string, ms: number): Promise<{ done: Promise<void> }> {
  const worker = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads');
     const Database = require(workerData.module);
     const db = new Database(workerData.file);
     db.pragma('busy_timeout = 5000');
     db.exec('BEGIN IMMEDIATE');
     db.prepare("UPDATE workshops SET location = 'Held'").run();
     parentPort.postMessage('locked');
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.ms);
     db.exec('COMMIT');
     db.close();`,
    { eval: true, workerData: { file, ms, module: require.resolve('better-sqlite3') } },
  );
  const done = new Promise<void>((resolve, reject) => {
    worker.once('exit', () => resolve());
    worker.once('error', reject);
  });
  return new Promise((resolve, reject) => {
    worker.once('message', () => resolve({ done }));
    worker.once('error', reject);
  });
}

async function setup(busyTimeoutMs?: number) {
  const dataDir = tempDir();
  const core = await AppCore.start({ dataDir, version: 'test', busyTimeoutMs });
  const { workshop } = await invoke(core, 'workshop:create', { client: 'Acme', title: 'Deploy' });
  return { core, dataDir, id: workshop.id };
}

describe('two processes on one data folder', () => {
  it('an edit waits for the other process’s write instead of being refused with db_busy', async () => {
    const { core, id } = await setup();
    const { done } = await holdLock(core.file, 400);
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(await dispatch({ core }, 'workshop:update', { id, patch: { title: `Deploy ${i}` } }));
    await done;
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    const row = core.db().prepare(`SELECT title, location FROM workshops WHERE id = ?`).get(id);
    expect(row).toEqual({ title: 'Deploy 4', location: 'Held' });
    await core.close();
  });

  it('a lasting lock is reported with who holds the folder', async () => {
    const { core, dataDir, id } = await setup(200);
    // The CLI, running in another live process, has the folder open.
    mkdirSync(join(dataDir, 'open-by'), { recursive: true });
    writeFileSync(
      join(dataDir, 'open-by', `${process.ppid}.json`),
      JSON.stringify({
        pid: process.ppid,
        role: 'the Triptych CLI',
        host: hostname(),
        since: '2026-12-01T10:02:00Z',
      }),
    );
    const { done } = await holdLock(core.file, 1200);
    const res = await dispatch({ core }, 'workshop:update', { id, patch: { title: 'Blocked' } });
    await done;
    expect(res).toMatchObject({ ok: false, error: { code: 'db_busy' } });
    expect(!res.ok && res.error.message).toContain(
      `the Triptych CLI (process ${process.ppid}, open since 10:02 UTC)`,
    );
    await core.close();
  });

  it('maps extended busy and locked codes to db_busy', () => {
    for (const code of [
      'SQLITE_BUSY_SNAPSHOT',
      'SQLITE_BUSY_RECOVERY',
      'SQLITE_BUSY_TIMEOUT',
      'SQLITE_LOCKED_SHAREDCACHE',
    ])
      expect(toAppError(Object.assign(new Error('x'), { code })).code).toBe('db_busy');
  });
});
