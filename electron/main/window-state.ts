import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

function isNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export function loadWindowState(dataDir: string): WindowState {
  try {
    const raw = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    if (!isNum(raw.width) || !isNum(raw.height) || raw.width < 400 || raw.height < 300)
      return DEFAULT_WINDOW_STATE;
    return {
      width: raw.width,
      height: raw.height,
      maximized: raw.maximized === true,
      ...(isNum(raw.x) && isNum(raw.y) ? { x: raw.x, y: raw.y } : {}),
    };
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function saveWindowState(dataDir: string, state: WindowState): void {
  const file = join(dataDir, 'window-state.json');
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch {
    // Losing the window position is harmless; never let it block quitting.
  }
}
