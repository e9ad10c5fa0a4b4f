import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { AppStatus } from '../../../shared/ipc/app.channels.js';
import type { IpcResult } from '../../../shared/ipc/result.js';
import { invoke, startCore } from '../../helpers/core.js';
import { READER_IDS, makeReadOnly, makeWritable } from '../../helpers/read-only.js';
import { tempDir } from '../../helpers/temp.js';

const run = promisify(execFile);
const CHILD = join(import.meta.dirname, '../../helpers/read-only-child.ts');

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A library with one workshop and one step, closed cleanly (so no -wal or -shm file is left). */
async function library() {
  const dataDir = tempDir();
  const core = await startCore(dataDir);
  const { workshop } = await invoke(core, 'workshop:create', { client: 'Contoso', title: 'Onboarding' });
  const data = await invoke(core, 'workshop:data', { id: workshop.id });
  const mapId = data.maps.current.id;
  await invoke(core, 'step:create', { mapId, afterStepId: null, fields: { title: 'Check identity' } });
  const stepId = (await invoke(core, 'workshop:data', { id: workshop.id })).maps.current.steps[0]!.id;
  await core.close();
  return { dataDir, ids: { workshopId: workshop.id, mapId, stepId } };
}

/** Opens the library in a child process the operating system refuses writes (see makeReadOnly). */
async function openAsReader(dataDir: string, ids: object) {
  makeReadOnly(dataDir);
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, dataDir, JSON.stringify(ids)], {
      cwd: join(import.meta.dirname, '../../..'),
      env: { ...process.env, HOME: '/tmp' },
      ...READER_IDS,
    });
    return JSON.parse(stdout) as {
      status: AppStatus;
      list: IpcResult<{ title: string }[]>;
      data: IpcResult<{ maps: { current: { steps: { title: string }[] } } }>;
      search: IpcResult<unknown[]>;
      edits: Record<string, IpcResult<unknown>>;
    };
  } finally {
    makeWritable(dataDir);
  }
}

describe('a read-only data folder', () => {
  it('is reported as unreadable: no longer; it opens for viewing and refuses every edit in plain words', async () => {
    const { dataDir, ids } = await library();
    const db = join(dataDir, 'triptych.db');
    const before = digest(db);
    const files = readdirSync(dataDir, { recursive: true }).sort();
    const out = await openAsReader(dataDir, ids);

    expect(out.status).toMatchObject({ state: 'ready', readOnly: true });
    expect(out.list).toMatchObject({ ok: true, value: [{ title: 'Onboarding' }] });
    expect(out.data.ok && out.data.value.maps.current.steps.map((s) => s.title)).toEqual(['Check identity']);
    expect(out.search).toMatchObject({ ok: true });
    expect(out.search.ok && out.search.value.length).toBeGreaterThan(0);
    for (const [channel, result] of Object.entries(out.edits)) {
      expect(result, channel).toEqual({
        ok: false,
        error: {
          code: 'db_readonly',
          message: 'This library is read-only: you can view it but not change it. The change was not saved.',
        },
      });
    }
    // Nothing written: the file is byte for byte the same, and no journal, backup or lock appeared.
    expect(digest(db)).toBe(before);
    expect(readdirSync(dataDir, { recursive: true }).sort()).toEqual(files);
    expect(existsSync(`${db}-wal`)).toBe(false);
  }, 60_000);
});
