import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HANDLE_TTL_MS, issueFileHandle, pathOfHandle } from '../../../electron/core/files/handles.js';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';

describe('files at any path', () => {
  it('csv:preview with path "/etc/passwd" is refused and reads nothing', async () => {
    const core = await startCore();
    const { workshop } = await invoke(core, 'workshop:create', { client: 'Acme', title: 'Deploy' });
    const res = await dispatch({ core }, 'csv:preview', { workshopId: workshop.id, path: '/etc/passwd' });
    expect(res.ok).toBe(false);
    expect(JSON.stringify(res)).not.toContain('root:');
    // A path where a handle goes is refused too.
    const asFile = await dispatch({ core }, 'csv:preview', { workshopId: workshop.id, file: '/etc/passwd' });
    expect(asFile).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'file' } });
    await core.close();
  });

  it('every import channel refuses a path and every export a destination path', async () => {
    const core = await startCore();
    const { workshop } = await invoke(core, 'workshop:create', { client: 'Acme', title: 'Deploy' });
    const dir = tempDir();
    const target = join(dir, 'x');
    const workshopId = workshop.id;
    const calls: [string, Record<string, unknown>][] = [
      ['workshop:import', { path: '/etc/passwd' }],
      ['csv:import', { workshopId, path: '/etc/passwd' }],
      ['bpmn:import', { workshopId, state: 'current', path: '/etc/passwd' }],
      ['workshop:export', { workshopId, destination: `${target}.triptych` }],
      ['csv:export', { workshopId, state: 'current', destination: `${target}.csv` }],
      ['bpmn:export', { workshopId, state: 'current', destination: `${target}.bpmn` }],
      ['report:generate', { workshopId, destination: `${target}.docx` }],
      ['workshop:export', { workshopId, file: `${target}.triptych` }],
      ['report:generate', { workshopId, file: `${target}.docx` }],
    ];
    for (const [channel, input] of calls) {
      const res = await dispatch({ core }, channel, input);
      expect(res, channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    for (const ext of ['triptych', 'csv', 'bpmn', 'docx']) expect(existsSync(`${target}.${ext}`)).toBe(false);
    await core.close();
  });

  it('main writes only where the user chose: a handle is for one use, once, and expires', async () => {
    const core = await startCore();
    const { workshop } = await invoke(core, 'workshop:create', { client: 'Acme', title: 'Deploy' });
    const dir = tempDir();
    const chosen = join(dir, 'chosen.csv');
    const file = issueFileHandle(chosen, 'write');
    await invoke(core, 'csv:export', { workshopId: workshop.id, state: 'current', file });
    expect(existsSync(chosen)).toBe(true);
    const again = await dispatch({ core }, 'csv:export', { workshopId: workshop.id, state: 'current', file });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'file' } });
    // A handle to write is no handle to read, and a read handle names only its own kind of file.
    writeFileSync(join(dir, 'in.csv'), 'Step\nA\n');
    const read = issueFileHandle(join(dir, 'in.csv'), 'read');
    expect(() => pathOfHandle(read, 'write', ['.csv'])).toThrow(/Choose where to save again/);
    expect(() => pathOfHandle(read, 'read', ['.bpmn'])).toThrow(/must end with .bpmn/);
    expect(pathOfHandle(read, 'read', ['.csv'])).toBe(join(dir, 'in.csv'));
    const old = issueFileHandle(join(dir, 'in.csv'), 'read', Date.now() - HANDLE_TTL_MS - 1);
    expect(() => pathOfHandle(old, 'read', ['.csv'])).toThrow(/expired/);
    const preview = await invoke(core, 'csv:preview', { workshopId: workshop.id, file: read });
    expect(preview.rows).toHaveLength(1);
    await core.close();
  });
});
