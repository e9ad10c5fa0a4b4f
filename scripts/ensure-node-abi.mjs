// Tests, the CLI and browser mode need better-sqlite3 built for Node's ABI. If something rebuilt it
// for Electron (electron-builder install-app-deps, an IDE), rebuild it for Node, once, automatically.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function loads() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return null;
  } catch (err) {
    return err instanceof Error ? err.message.split('\n')[0] : String(err);
  }
}

const problem = loads();
if (problem) {
  console.log(
    `better-sqlite3 does not load in Node (${problem}); rebuilding it for Node ${process.version}…`,
  );
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
  const after = loads();
  if (after) {
    console.error(`better-sqlite3 still does not load: ${after}`);
    process.exit(1);
  }
}
