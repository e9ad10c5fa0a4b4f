import { app, BrowserWindow } from 'electron';
import { devRendererUrl } from './dev-url.js';
import type { Slide } from '../../shared/domain/slides.js';
import { PRELOAD_PATH, RENDERER_INDEX, secureWebPreferences } from './window.js';

/** The presenter view in its own window (for the projector), with the same guards as the main one. */
export function openPresenterWindow(workshopId: string, state: Slide): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 720,
    title: 'Triptych — presenter view',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(PRELOAD_PATH),
  });
  const hash = `/present/${workshopId}/${state}`;
  const devUrl = devRendererUrl(app.isPackaged);
  if (devUrl) void win.loadURL(`${devUrl}#${hash}`);
  else void win.loadFile(RENDERER_INDEX, { hash });
  return win;
}
