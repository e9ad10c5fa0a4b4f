import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR_NAME = 'Triptych';

/** The OS per-user app-data folder, the same one Electron's `userData` uses for this product. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_DIR_NAME);
}

/** `--data-dir` beats `TRIPTYCH_DATA_DIR` beats the OS default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.TRIPTYCH_DATA_DIR) return resolve(env.TRIPTYCH_DATA_DIR);
  return defaultDataDir(process.platform, env);
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, 'triptych.db');
}

export function backupDir(dataDir: string): string {
  return join(dataDir, 'backups');
}
