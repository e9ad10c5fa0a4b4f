import { parentPort } from 'node:worker_threads';
import { TASKS } from './tasks.js';
import { WARMUPS } from './warmups.js';
import { serveJobs } from './worker-loop.js';

/** The entry of a pooled job worker thread (built as out/main/jobs-worker.js). */
if (parentPort) serveJobs(parentPort, TASKS, WARMUPS);
