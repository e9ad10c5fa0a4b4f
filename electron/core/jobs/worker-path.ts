import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppError } from '../store/errors.js';

export interface WorkerScript {
  url: URL;
  /** A TypeScript entry, run through tsx (from source only). */
  tsEntry?: URL;
}

/** A worker written in TypeScript, for tests and runs from source. */
export function tsWorker(entry: URL): WorkerScript {
  return { url: new URL('./ts-worker.mjs', import.meta.url), tsEntry: entry };
}

/**
 * Where the job worker's code is. Built, it is `jobs-worker.js` beside the entry that loaded this
 * module (out/main, for the app, browser mode and the CLI alike; this module may sit in a chunk one
 * folder down). From source (the unit tests) it is worker.ts, run through tsx.
 */
export function workerScript(here = import.meta.url): WorkerScript {
  if (here.endsWith('.ts')) return tsWorker(new URL('./worker.ts', here));
  for (const candidate of ['./jobs-worker.js', '../jobs-worker.js']) {
    const url = new URL(candidate, here);
    if (existsSync(fileURLToPath(url))) return { url };
  }
  throw new AppError('internal', 'This build of Triptych is missing its background worker (jobs-worker.js).');
}
