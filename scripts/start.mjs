// `npm start`: the desktop app when Electron can run here, otherwise browser mode, saying why.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { electronRuntime } from './electron-runtime.mjs';
import { ensureElectronBinding } from './ensure-electron-abi.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const passThrough = args.filter((a) => a !== '--browser');

function browserMode(reason) {
  if (reason) console.log(`Electron did not start: ${reason}. Starting browser mode instead.`);
  const child = spawn(process.execPath, [resolve(root, 'out/main/browser.js'), ...passThrough], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}

const runtime = forceBrowser ? null : electronRuntime();
if (forceBrowser) browserMode(null);
else if (!runtime.ok) browserMode(runtime.reason);
else {
  let binding;
  try {
    binding = ensureElectronBinding(runtime.version);
  } catch (err) {
    browserMode(
      `better-sqlite3 could not be built for Electron ${runtime.version} (${err.message.split('\n')[0]})`,
    );
  }
  if (binding) {
    const child = spawn(runtime.binary, [root, ...passThrough], {
      stdio: 'inherit',
      env: { ...process.env, TRIPTYCH_NATIVE_BINDING: binding },
    });
    child.on('exit', (code) => process.exit(code ?? 0));
  }
}
