import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import { AppCore } from '../core/app-core.js';
import { resolveDataDir } from '../core/paths.js';
import { firmOf } from '../core/firm/service.js';
import { APP_VERSION } from '../core/version.js';
import { MENU_EVENT } from '../../shared/ipc/menu.js';
import { registerIpc } from './ipc.js';
import { firmSecretsFor } from './firm-secrets.js';
import { menuTemplate } from './menu.js';
import { importOpenedFile, watchOpenedFiles } from './open-file.js';
import { openPresenterWindow } from './presenter.js';
import { closeBeforeQuit } from './quit.js';
import { chooseOpenPath, chooseSavePath } from './save-dialog.js';
import { installSecurityGuards, isTrustedUrl } from './security.js';
import { RENDERER_DIR, createMainWindow } from './window.js';
import { registerAppScheme, serveAppScheme } from './app-scheme.js';
import { participationOf } from '../participation/service.js';

function dataDirFlag(argv: string[]): string | undefined {
  const i = argv.indexOf('--data-dir');
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
}

// Before ready, or Chromium treats app:// as an opaque origin without fetch or a CSP 'self'.
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) app.quit();
else void start();

// Registered before ready: macOS sends `open-file` for the file that launched the app early.
const openedFiles = watchOpenedFiles(app, process.argv);

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = resolveDataDir(dataDirFlag(process.argv));
  // Unpackaged runs use the Electron-ABI build that scripts/start.mjs prepared beside the Node one.
  const nativeBinding = app.isPackaged ? undefined : process.env.TRIPTYCH_NATIVE_BINDING;
  const core = await AppCore.start({
    dataDir,
    version: APP_VERSION,
    nativeBinding,
    role: 'the Triptych app',
  });
  // The firm library's outbox is retried in the background from the start.
  firmOf(core, firmSecretsFor(dataDir)).schedule();

  serveAppScheme(protocol, RENDERER_DIR);
  installSecurityGuards(app, session.defaultSession);
  registerIpc(
    ipcMain,
    { core, shell: { openPresenter: openPresenterWindow, chooseSavePath, chooseOpenPath } },
    isTrustedUrl,
  );

  let win = createMainWindow(dataDir);
  const send = (command: string) =>
    (BrowserWindow.getFocusedWindow() ?? win).webContents.send(MENU_EVENT, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform)));
  openedFiles.ready((path) => void importOpenedFile(core, win, path));

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createMainWindow(dataDir);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  closeBeforeQuit(app, () =>
    participationOf(core)
      .close()
      .then(() => core.close()),
  );
  process.on('uncaughtException', (err) => dialog.showErrorBox('Triptych', err.message));
}
