// Runs a worker written in TypeScript, from source (the unit tests): tsx compiles it on the way in.
// The built app never uses this file: its worker is out/main/jobs-worker.js.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
