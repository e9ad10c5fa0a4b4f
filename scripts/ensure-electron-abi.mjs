// Electron needs better-sqlite3 built for its own ABI. We build that copy beside the Node one
// (.cache/native/electron-<version>/), so `npm test` and `npm start` never fight over one file.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');

/** @returns {string} path to better_sqlite3.node for the given Electron version (throws if it cannot be built) */
export function ensureElectronBinding(electronVersion) {
  const dir = join(root, '.cache', 'native', `electron-${electronVersion}`, 'better-sqlite3');
  const binding = join(dir, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(source, dir, { recursive: true, filter: (p) => !p.includes(`${source}/build`) });
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once; needs Electron's headers)…`);
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  execFileSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: dir, stdio: 'inherit' },
  );
  return binding;
}
