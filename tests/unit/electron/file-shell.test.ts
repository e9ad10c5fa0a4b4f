import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { invoke, startCore } from '../../helpers/core.js';
import { tempDir } from '../../helpers/temp.js';
import { issueFileHandle } from '../../../electron/core/files/handles.js';

const showSaveDialog = vi.fn();
const showErrorBox = vi.fn();
const listeners = new Map<string, (...args: unknown[]) => void>();
vi.mock('electron', () => ({
  app: { isPackaged: false },
  BrowserWindow: { getFocusedWindow: () => null },
  dialog: { showSaveDialog, showErrorBox },
  screen: { getAllDisplays: () => [] },
}));

const { chooseSavePath } = await import('../../../electron/main/save-dialog.js');
const { importOpenedFile, triptychPaths, watchOpenedFiles } =
  await import('../../../electron/main/open-file.js');

const fakeApp = () =>
  ({ on: vi.fn((event: string, fn: (...args: unknown[]) => void) => listeners.set(event, fn)) }) as never;
const fakeWindow = () => ({
  loadFile: vi.fn(async () => undefined),
  loadURL: vi.fn(async () => undefined),
  isMinimized: () => false,
  restore: vi.fn(),
  focus: vi.fn(),
});

describe('save dialog', () => {
  it('offers the file kind and returns the chosen path, or null when cancelled', async () => {
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/tmp/a.bpmn' });
    expect(await chooseSavePath('a.bpmn', 'bpmn')).toBe('/tmp/a.bpmn');
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: 'a.bpmn',
      filters: [{ name: 'BPMN diagram', extensions: ['bpmn'] }],
    });
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await chooseSavePath('a.csv', 'csv')).toBeNull();
  });

  it('is served by the shell hook, and says unavailable without one (browser mode)', async () => {
    const core = await startCore();
    const hook = vi.fn(async () => '/x/w.triptych');
    const input = { defaultName: 'w.triptych', kind: 'triptych' } as const;
    expect(
      await dispatch({ core, shell: { openPresenter: vi.fn(), chooseSavePath: hook } }, 'dialog:save', input),
    ).toEqual({
      ok: true,
      value: { available: true, file: expect.stringMatching(/^fh_/), name: 'w.triptych' },
    });
    expect(hook).toHaveBeenCalledWith('w.triptych', 'triptych');
    expect(await dispatch({ core }, 'dialog:save', input)).toEqual({
      ok: true,
      value: { available: false, file: null, name: null },
    });
    await core.close();
  });
});

describe('files opened from the OS', () => {
  it('finds .triptych files among arguments, not flags or the executable', () => {
    expect(
      triptychPaths(['/opt/Triptych/triptych', '--data-dir', '/d', 'C:\\w\\A.TRIPTYCH', 'x.csv']),
    ).toEqual(['C:\\w\\A.TRIPTYCH']);
  });

  it('queues files until ready, then follows open-file and a second launch', () => {
    listeners.clear();
    const openedFiles = watchOpenedFiles(fakeApp(), ['triptych', '/a/first.triptych']);
    const preventDefault = vi.fn();
    listeners.get('open-file')!({ preventDefault }, '/a/mac.triptych');
    expect(preventDefault).toHaveBeenCalled();
    const opened: string[] = [];
    openedFiles.ready((p) => opened.push(p));
    expect(opened).toEqual(['/a/first.triptych', '/a/mac.triptych']);
    listeners.get('second-instance')!({}, ['triptych', '--flag', '/b/second.triptych'], '/');
    expect(opened).toEqual(['/a/first.triptych', '/a/mac.triptych', '/b/second.triptych']);
  });

  it('imports the file as a new workshop and shows it; a bad file gets an error box', async () => {
    const core = await startCore();
    const id = (await invoke(core, 'workshop:create', { client: 'Contoso', title: 'Onboarding' })).workshop
      .id;
    const dir = tempDir();
    const file = join(dir, 'onboarding.triptych');
    await invoke(core, 'workshop:export', { workshopId: id, file: issueFileHandle(file, 'write') });
    const win = fakeWindow();
    await importOpenedFile(core, win as never, file);
    const list = await invoke(core, 'workshop:list', {});
    expect(list).toHaveLength(2);
    const copy = list.find((w) => w.id !== id)!;
    expect(win.loadURL).toHaveBeenCalledWith(`app://triptych/index.html#/workshop/${copy.id}/setup`);
    expect(readFileSync(file, 'utf8')).toContain('Onboarding');

    const bad = join(dir, 'bad.triptych');
    writeFileSync(bad, 'not json');
    await importOpenedFile(core, win as never, bad);
    expect(showErrorBox).toHaveBeenCalledWith(
      'Triptych could not open this file',
      expect.stringContaining(bad),
    );
    await core.close();
  });
});
