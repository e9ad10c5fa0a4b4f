import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppCore } from '../../../electron/core/app-core.js';
import { issueFileHandle } from '../../../electron/core/files/handles.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { fileError } from '../../../electron/core/report/write-file.js';
import { databaseFile } from '../../../electron/core/paths.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

describe('errors that surfaced as "Unexpected error"', () => {
  it('export to a missing folder: a plain not_found naming the folder, not the temporary file', async () => {
    const core = await startCore();
    const { workshop } = await invoke(core, 'workshop:create', { client: 'Acme', title: 'Deploy' });
    const dir = join(tempDir(), 'gone');
    for (const [channel, ext, extra] of [
      ['workshop:export', 'triptych', {}],
      ['csv:export', 'csv', { state: 'current' }],
    ] as const) {
      const file = issueFileHandle(join(dir, `x.${ext}`), 'write');
      const res = await dispatch({ core }, channel, { workshopId: workshop.id, file, ...extra });
      expect(res).toMatchObject({ ok: false, error: { code: 'not_found', path: 'destination' } });
      expect(!res.ok && res.error.message).toBe(
        `The folder ${dir} does not exist. Choose an existing folder.`,
      );
      expect(!res.ok && res.error.message).not.toMatch(/\.tmp|Unexpected/);
    }
    await core.close();
  });

  it('full disk during an export: disk_full, without the temporary file’s name', () => {
    const err = Object.assign(new Error("ENOSPC: no space left on device, write '/x/.a.csv.1f2e.tmp'"), {
      code: 'ENOSPC',
    });
    const mapped = fileError(err, '/x/a.csv', 'export');
    expect(mapped.code).toBe('disk_full');
    expect(mapped.message).toBe(
      'The disk is full: the export was not saved. Free some space or choose another drive, then try again.',
    );
  });

  it('unknown finding ids get invalid_input with the field', async () => {
    const core = await startCore();
    const { workshop } = await invoke(core, 'workshop:create', { client: 'Acme', title: 'Deploy' });
    const res = await dispatch({ core }, 'room:add', {
      workshopId: workshop.id,
      item: { kind: 'recommendation', text: 'Automate', findingId: '00000000-0000-4000-8000-000000000042' },
    });
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        path: 'findingId',
        message: 'findingId: must be a finding of this workshop',
      },
    });
    await core.close();
  });

  it('{date: undefined} never clears data', async () => {
    const core = await startCore();
    const { workshop } = await invoke(core, 'workshop:create', { client: 'Acme', title: 'Deploy' });
    await invoke(core, 'workshop:update', { id: workshop.id, patch: { date: '2026-03-04' } });
    await invoke(core, 'workshop:update', { id: workshop.id, patch: { date: undefined, title: 'Deploy 2' } });
    const data = await invoke(core, 'workshop:data', { id: workshop.id });
    expect(data.workshop).toMatchObject({ date: '2026-03-04', title: 'Deploy 2' });
    await core.close();
  });

  it('a zero-length database gets its own plain message and is not opened as an empty library', async () => {
    const dataDir = tempDir();
    const first = await AppCore.start({ dataDir, version: 'test' });
    await first.close();
    writeFileSync(databaseFile(dataDir), '');
    const core = await AppCore.start({ dataDir, version: 'test' });
    const status = core.status();
    expect(status).toMatchObject({ state: 'recovery', problem: { kind: 'empty' } });
    expect(status.state === 'recovery' && status.problem.message).toMatch(/^The database file is empty/);
    expect(readdirSync(dataDir)).toContain('triptych.db');
    expect(existsSync(databaseFile(dataDir))).toBe(true);
    await core.close();
  });
});
