import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch.js';
import { invoke, startCore } from '../../helpers/core.js';

const loadURL = vi.fn();
const created: unknown[] = [];
vi.mock('electron', () => ({
  app: { isPackaged: false },
  BrowserWindow: vi.fn(function (this: unknown, options: unknown) {
    created.push(options);
    return { loadFile: vi.fn(), loadURL };
  }),
  screen: { getAllDisplays: () => [] },
}));

const { openPresenterWindow } = await import('../../../electron/main/presenter.js');

describe('presenter view', () => {
  it('opens a second, equally locked-down window on the chosen map', () => {
    openPresenterWindow('00000000-0000-4000-8000-000000000001', 'actual');
    expect(created[0]).toMatchObject({
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false },
    });
    expect(loadURL).toHaveBeenCalledWith(
      'app://triptych/index.html#/present/00000000-0000-4000-8000-000000000001/actual',
    );
  });

  it('asks the shell when there is one, and says no window opened when there is none', async () => {
    const core = await startCore();
    const id = (await invoke(core, 'workshop:create', { client: 'A', title: 'B' })).workshop.id;
    const openPresenter = vi.fn();
    expect(
      await dispatch({ core, shell: { openPresenter } }, 'window:presenter', {
        workshopId: id,
        state: 'future',
      }),
    ).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(openPresenter).toHaveBeenCalledWith(id, 'future');
    expect(await dispatch({ core }, 'window:presenter', { workshopId: id, state: 'future' })).toEqual({
      ok: true,
      value: { opened: false },
    });
    await core.close();
  });

  it('opens the window at any slide of the story (F5 on Compare), and refuses one that is not', async () => {
    const core = await startCore();
    const id = (await invoke(core, 'workshop:create', { client: 'A', title: 'B' })).workshop.id;
    const openPresenter = vi.fn();
    const ctx = { core, shell: { openPresenter } };
    expect(await dispatch(ctx, 'window:presenter', { workshopId: id, state: 'comparison' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(openPresenter).toHaveBeenCalledWith(id, 'comparison');
    const bad = await dispatch(ctx, 'window:presenter', { workshopId: id, state: 'compare' });
    expect(bad.ok).toBe(false);
    expect(openPresenter).toHaveBeenCalledTimes(1);
    await core.close();
  });
});
