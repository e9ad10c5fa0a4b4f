import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { AppCore } from '../core/app-core.js';
import { firmOf } from '../core/firm/service.js';
import { resolveDataDir } from '../core/paths.js';
import { APP_VERSION } from '../core/version.js';
import { openInBrowser } from './open-browser.js';
import { startBrowserServer } from './server.js';
import { participationOf } from '../participation/service.js';

/** Browser mode: `node out/main/browser.js [--port N] [--data-dir DIR] [--no-open] [--ready-json]`. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'ready-json': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, not "${values.port}".`);
    process.exit(2);
  }
  const dataDir = resolveDataDir(values['data-dir']);
  const core = await AppCore.start({ dataDir, version: APP_VERSION, role: 'Triptych in browser mode' });
  // Browser mode keeps the firm password in memory (or in TRIPTYCH_FIRM_URL); the outbox retries from the start.
  firmOf(core).schedule();
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const server = await startBrowserServer({ ctx: { core }, rendererDir, port });
  // Installed before anyone is told the URL: a stop right after start still finishes the backup.
  const stop = async () => {
    await participationOf(core).close();
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  if (values['ready-json']) console.log(JSON.stringify({ url: server.url, port: server.port, dataDir }));
  else {
    console.log(`Triptych ${APP_VERSION} is running in browser mode.`);
    console.log(`  Open: ${server.url}`);
    console.log(`  Data: ${dataDir}`);
    console.log('  Press Ctrl+C to stop.');
  }
  const status = core.status();
  if (status.state === 'recovery') console.warn(`The database needs attention: ${status.problem.message}`);
  if (!values['no-open'] && !process.env.TRIPTYCH_NO_OPEN) openInBrowser(server.url);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
