import { parentPort } from 'node:worker_threads';
import { importCsv } from '../../electron/core/exchange/csv-io.js';
import type { JobHooks } from '../../electron/core/jobs/hooks.js';
import { TASKS } from '../../electron/core/jobs/tasks.js';
import { serveJobs } from '../../electron/core/jobs/worker-loop.js';

/** The real worker, except that a CSV import dies (exit code 7) a thousand rows into its transaction. */
const dying = (hooks: JobHooks): JobHooks => ({
  progress(phase, done = 0, total = 0) {
    hooks.progress(phase, done, total);
    if (phase === 'Writing steps' && done >= 1000) process.exit(7);
  },
});

if (parentPort)
  serveJobs(
    parentPort,
    {
      ...TASKS,
      'csv-import': (db, input: Parameters<typeof importCsv>[1], hooks) => importCsv(db, input, dying(hooks)),
    },
    {},
  );
