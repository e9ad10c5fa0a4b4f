import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir } from '../../../electron/core/paths.js';

describe('data directory', () => {
  it('is the per-user app-data folder of each OS', () => {
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/Triptych');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/ann')).toBe('/x/Triptych');
    expect(defaultDataDir('darwin', {}, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/Triptych',
    );
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann'),
    ).toMatch(/Roaming[\\/]Triptych$/);
  });

  it('prefers --data-dir, then TRIPTYCH_DATA_DIR', () => {
    expect(resolveDataDir('/flag', { TRIPTYCH_DATA_DIR: '/env' })).toBe('/flag');
    expect(resolveDataDir(undefined, { TRIPTYCH_DATA_DIR: '/env' })).toBe('/env');
    expect(resolveDataDir(undefined, { HOME: '/h' })).toMatch(/Triptych$/);
  });
});
