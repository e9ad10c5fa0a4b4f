import { type App, type BrowserWindow, dialog } from 'electron';
import type { AppCore } from '../core/app-core.js';
import { issueFileHandle } from '../core/files/handles.js';
import { dispatch } from '../core/handlers/dispatch.js';
import type { WorkshopImportResult } from '../../shared/ipc/exchange.channels.js';
import { rendererUrl } from './window.js';

/** The `.triptych` files among command-line arguments (Windows and Linux pass opened files this way). */
export function triptychPaths(argv: readonly string[]): string[] {
  return argv.slice(1).filter((a) => !a.startsWith('-') && /\.triptych$/i.test(a));
}

/**
 * Files the OS asks Triptych to open: from the first launch's argv, a second launch's argv
 * (single instance), and macOS `open-file`, which can fire before the app is ready, so paths
 * wait in a queue until `ready` is called.
 */
export function watchOpenedFiles(app: App, argv: readonly string[]) {
  const queue = triptychPaths(argv);
  let open: ((path: string) => void) | null = null;
  const take = (path: string) => (open ? open(path) : queue.push(path));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    take(path);
  });
  app.on('second-instance', (_event, secondArgv) => triptychPaths(secondArgv).forEach(take));
  return {
    ready(handler: (path: string) => void): void {
      open = handler;
      queue.splice(0).forEach(handler);
    },
  };
}

/** Imports a file as a new workshop (never over an existing one) and shows it in the window. */
export async function importOpenedFile(core: AppCore, win: BrowserWindow, path: string): Promise<void> {
  // The OS handed main this path (the user opened the file): main issues the handle itself.
  const file = issueFileHandle(path, 'read');
  const result = await dispatch({ core }, 'workshop:import', { file, mode: 'new' });
  if (!result.ok) {
    dialog.showErrorBox('Triptych could not open this file', `${path}\n\n${result.error.message}`);
    return;
  }
  const { workshopId } = result.value as WorkshopImportResult;
  await win.loadURL(rendererUrl(`/workshop/${workshopId}/setup`));
  if (win.isMinimized()) win.restore();
  win.focus();
}
