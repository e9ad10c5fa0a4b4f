import { parentPort, threadId } from 'node:worker_threads';
import type { JobHooks } from '../../electron/core/jobs/hooks.js';
import { serveJobs } from '../../electron/core/jobs/worker-loop.js';

/**
 * A job worker whose tasks say which thread ran them and what it had done before: `report` and
 * `deck` answer at once; `bpmn-preview` works 30 s, checking for a cancel (`listens`) or never
 * after its start; `csv-import` kills the thread. Its report warm-up prepares slowly (300 ms),
 * reading the library.
 */
const warmed: string[] = [];
/** Inputs of the preparations run, with the number of workshops their library held. */
const prepared: { input: unknown; workshops: number }[] = [];
let jobs = 0;

const spin = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

if (parentPort)
  serveJobs(
    parentPort,
    {
      report: () => ({ threadId, jobs: ++jobs, warmed: [...warmed], prepared: [...prepared] }),
      deck: () => ({ threadId, jobs: ++jobs, warmed: [...warmed], prepared: [...prepared] }),
      'bpmn-preview': (_db, input: { listens: boolean }, hooks: JobHooks) => {
        jobs++;
        hooks.progress('Working', 0, 3000);
        for (let i = 0; i < 3000; i++) {
          if (input.listens) hooks.progress('Working', i, 3000);
          spin(10);
        }
        return { threadId };
      },
      'csv-import': () => process.exit(3),
    },
    {
      report: async (ready) => {
        warmed.push('report');
        if (!ready) return;
        const workshops = await ready.read(async (db) =>
          Number(db.prepare('SELECT count(*) FROM workshops').pluck().get()),
        );
        spin(300);
        prepared.push({ input: ready.input, workshops });
      },
    },
  );
