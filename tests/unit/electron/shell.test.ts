import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { CHANNELS } from '../../../shared/ipc/contract.js';
import { electronMock } from './electron-mock.js';

const mock = electronMock();
vi.mock('electron', () => mock.module);

const { mainWindowOptions, secureWebPreferences } = await import('../../../electron/main/window.js');
const { installSecurityGuards, isTrustedUrl } = await import('../../../electron/main/security.js');
const { menuTemplate } = await import('../../../electron/main/menu.js');
const { registerIpc } = await import('../../../electron/main/ipc.js');

describe('window options', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = secureWebPreferences('/p.cjs')!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('restores a remembered size, and a position only when it is on a screen', () => {
    const on = mainWindowOptions({ x: 100, y: 50, width: 1400, height: 900, maximized: false });
    expect(on).toMatchObject({ x: 100, y: 50, width: 1400, height: 900 });
    const off = mainWindowOptions({ x: 5000, y: 50, width: 1400, height: 900, maximized: false });
    expect(off.x).toBeUndefined();
    expect(off.webPreferences?.preload).toMatch(/preload[/\\]index\.cjs$/);
  });
});

describe('security guards', () => {
  function guardedContents() {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    installSecurityGuards(mock.module.app as never, session as never);
    const on = new Map<string, (e: { preventDefault: () => void }, url?: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
      on: (event: string, fn: (e: { preventDefault: () => void }, url?: string) => void) => on.set(event, fn),
    };
    mock.appListeners.get('web-contents-created')!({}, contents);
    return { session, on, open: (url: string) => openHandler!({ url }) };
  }

  it('denies new windows; openExternal only for an allowlisted link, after confirmation', async () => {
    const { open } = guardedContents();
    expect(open('https://example.com')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('https://www.bpmn.org/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(mock.module.shell.openExternal).toHaveBeenCalledTimes(1));
    expect(mock.module.shell.openExternal).toHaveBeenCalledWith('https://www.bpmn.org/');
    expect(mock.module.dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('blocks navigation away from the app and webviews', () => {
    const { on } = guardedContents();
    const away = { preventDefault: vi.fn() };
    on.get('will-navigate')!(away, 'https://evil.example');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    on.get('will-navigate')!(home, 'app://triptych/index.html#/library');
    expect(home.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    on.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission', () => {
    const { session } = guardedContents();
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications']) request({}, p, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false]);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean;
    expect(check()).toBe(false);
  });

  it('trusts only its own page', () => {
    expect(isTrustedUrl('app://triptych/index.html#x')).toBe(true);
    expect(isTrustedUrl('app://triptych/index.html')).toBe(true);
    expect(isTrustedUrl('app://evil/index.html')).toBe(false);
    expect(isTrustedUrl('app://triptych/other.html')).toBe(false);
    // The old file:// page is no longer ours, nor any other file.
    expect(isTrustedUrl('file:///tmp/evil.html')).toBe(false);
    expect(isTrustedUrl('https://example.com')).toBe(false);
    expect(isTrustedUrl(undefined)).toBe(false);
  });
});

describe('application menu', () => {
  const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

  it('has the usual menus and accelerators, and sends app commands to the renderer', () => {
    const sent: string[] = [];
    const template = menuTemplate((c) => sent.push(c), 'linux');
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const items = flatten(template);
    const byLabel = (label: string) => items.find((i) => i.label === label);
    expect(byLabel('New workshop…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Open…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Import…')).toBeDefined();
    expect(byLabel('Export…')).toBeDefined();
    expect(byLabel('Generate report…')).toBeDefined();
    expect(byLabel('Presenter view')).toBeDefined();
    expect(byLabel('About Triptych')).toBeDefined();
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining([
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
      ]),
    );
    (byLabel('New workshop…')!.click as () => void)();
    expect(sent).toEqual(['new-workshop']);
  });

  it('uses the app menu on macOS', () => {
    expect(menuTemplate(() => undefined, 'darwin')[0]).toEqual({ role: 'appMenu' });
  });
});

describe('IPC registration', () => {
  it('registers every contract channel and refuses untrusted senders', async () => {
    const ctx = { core: {} as never };
    registerIpc(mock.module.ipcMain as never, ctx, (url) => url === 'app://ok');
    expect([...mock.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const handler = mock.handlers.get('workshop:list')!;
    const refused = await handler({ senderFrame: { url: 'https://evil.example' } }, {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const invalid = await handler({ senderFrame: { url: 'app://ok' } }, { includeArchived: 'yes' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input', path: 'includeArchived' } });
  });
});
