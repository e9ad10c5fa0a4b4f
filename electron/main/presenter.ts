import { BrowserWindow } from 'electron';
import type { Slide } from '../../shared/domain/slides.js';
import { PRELOAD_PATH, rendererUrl, secureWebPreferences } from './window.js';

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
  void win.loadURL(rendererUrl(`/present/${workshopId}/${state}`));
  return win;
}
