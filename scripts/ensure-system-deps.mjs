// `npm test` needs a few Debian packages: Chromium (e2e), LibreOffice (report and deck to PDF),
// poppler (PDF to PNG), PostgreSQL (the firm library's tests start a throwaway cluster) and fonts.
// Missing ones are installed with apt when we run as root; otherwise we stop at once and name the
// exact command, so a fresh machine never gets half a test run.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

function onPath(cmd) {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function hasPostgres() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return false;
  return readdirSync(root).some((v) => existsSync(`${root}/${v}/bin/initdb`));
}

/** [package, present?] in the order apt should install them. */
const wanted = [
  ['chromium', process.env.CHROMIUM_PATH ? existsSync(process.env.CHROMIUM_PATH) : onPath('chromium')],
  ['libreoffice-writer', onPath('soffice')],
  ['libreoffice-impress', existsSync('/usr/lib/libreoffice/program/libsdlo.so')],
  ['poppler-utils', onPath('pdftoppm')],
  ['postgresql', hasPostgres()],
  ['fonts-dejavu-core', existsSync('/usr/share/fonts/truetype/dejavu')],
];

const missing = wanted.filter(([, present]) => !present).map(([pkg]) => pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !onPath('apt-get')) {
  console.error(`The tests need system packages that are missing: ${missing.join(', ')}.`);
  console.error(`Install them with:\n  sudo ${command}`);
  process.exit(1);
}
console.log(`Installing system packages the tests need: ${missing.join(', ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env,
});
