// Finds out whether Electron can start here, and if not, says why in one line.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @returns {{ ok: true, binary: string, version: string } | { ok: false, reason: string }} */
export function electronRuntime(env = process.env, platform = process.platform) {
  let binary;
  try {
    binary = require('electron');
  } catch {
    return {
      ok: false,
      reason:
        'the Electron runtime is not installed (its download was skipped or failed: it needs internet access)',
    };
  }
  if (typeof binary !== 'string' || !existsSync(binary))
    return { ok: false, reason: `the Electron binary is missing (${binary})` };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY)
    return { ok: false, reason: 'there is no graphical display (DISPLAY is not set)' };
  const version = require('electron/package.json').version;
  return { ok: true, binary, version };
}
