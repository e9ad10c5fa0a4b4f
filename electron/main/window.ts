import { app, BrowserWindow, type BrowserWindowConstructorOptions, screen } from 'electron';
import { devRendererUrl } from './dev-url.js';
import { join } from 'node:path';
import { appPageUrl } from '../core/files/app-protocol.js';
import { type WindowState, loadWindowState, saveWindowState } from './window-state.js';

export const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');
/** The built renderer: the only folder `app://` serves. */
export const RENDERER_DIR = join(import.meta.dirname, '../renderer');

/** Where a window loads the UI: the dev server in an unpackaged run, else our own `app://` page. */
export function rendererUrl(hash?: string): string {
  const devUrl = devRendererUrl(app.isPackaged);
  if (devUrl) return hash ? `${devUrl}#${hash}` : devUrl;
  return appPageUrl(hash);
}

export function secureWebPreferences(preload: string): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    // Off: without a dictionary URL Chromium downloads dictionaries from the internet on Windows and Linux.
    spellcheck: false,
  };
}

/** Keeps a remembered position only if it is still on a connected display. */
function onScreen(state: WindowState): boolean {
  if (state.x === undefined || state.y === undefined) return false;
  return screen.getAllDisplays().some(({ workArea: a }) => {
    return state.x! >= a.x && state.y! >= a.y && state.x! < a.x + a.width && state.y! < a.y + a.height;
  });
}

export function mainWindowOptions(state: WindowState): BrowserWindowConstructorOptions {
  return {
    width: state.width,
    height: state.height,
    ...(onScreen(state) ? { x: state.x, y: state.y } : {}),
    minWidth: 900,
    minHeight: 600,
    title: 'Triptych',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(PRELOAD_PATH),
  };
}

export function createMainWindow(dataDir: string): BrowserWindow {
  const state = loadWindowState(dataDir);
  const win = new BrowserWindow(mainWindowOptions(state));
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    saveWindowState(dataDir, {
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      maximized: win.isMaximized(),
    });
  });
  void win.loadURL(rendererUrl());
  return win;
}
