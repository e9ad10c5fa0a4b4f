import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerStart } from './protocol.js';
import { TASKS } from './tasks.js';
import { runWorker } from './worker-main.js';

/** The entry of a job's worker thread (built as out/main/jobs-worker.js). */
if (parentPort) void runWorker(parentPort, workerData as WorkerStart, TASKS);
