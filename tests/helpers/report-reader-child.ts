/**
 * Run in a child process as a user who may not write to the data folder (see
 * tests/unit/report/png-disk-cache-read-only.test.ts): writes a workshop's report through the job
 * runner, in a worker thread as the app does, and prints the outcome as JSON on stdout.
 */
import { AppCore } from '../../electron/core/app-core.js';

const [dataDir, workshopId] = process.argv.slice(2) as [string, string];
const core = await AppCore.start({ dataDir, version: '0.0.0-test' });
try {
  const report = await core.jobs.run('report', { workshopId });
  process.stdout.write(JSON.stringify({ readOnly: core.readOnly, report }));
} catch (err) {
  process.stdout.write(JSON.stringify({ readOnly: core.readOnly, error: String(err) }));
} finally {
  await core.close();
}
