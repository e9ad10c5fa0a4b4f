import type { MessagePort } from 'node:worker_threads';
import type { Db } from '../store/database.js';
import { toAppError } from '../store/errors.js';
import type { FromWorker, ToWorker } from './protocol.js';
import type { Task } from './tasks.js';
import { runWorker, withLibrary } from './worker-main.js';

/** What a warm-up is given when it should also get one job ready: its input and the library. */
export interface Prepared {
  input: unknown;
  read<T>(use: (db: Db) => Promise<T>): Promise<T>;
}

/** Work done ahead of a kind's jobs: loading its code, running it once small, preparing one. */
export type Warmups = Partial<Record<string, (prepared?: Prepared) => Promise<void>>>;

/**
 * A pooled worker's loop: jobs and warm-ups one at a time, in the order they came, until main
 * stops the thread. Of several warm-ups of a kind waiting, only the newest runs (the facilitator
 * changing the report's options one after another). A failed warm-up only costs the next job its
 * head start; main hears `warmed` either way.
 */
export function serveJobs(port: MessagePort, tasks: Record<string, Task>, warmups: Warmups): void {
  let queue = Promise.resolve();
  const newest = new Map<string, number>();
  const warm = async (m: Extract<ToWorker, { type: 'warm' }>) => {
    try {
      // Messages that came meanwhile are read first: a newer warm-up of this kind replaces this one.
      await new Promise((resolve) => setImmediate(resolve));
      if (newest.get(m.kind) !== m.id) return;
      const { prepare } = m;
      await warmups[m.kind]?.(prepare && { input: prepare.input, read: (use) => withLibrary(prepare, use) });
    } catch (err) {
      if (toAppError(err).code === 'internal') console.error(`[warm ${m.kind}]`, err);
    } finally {
      port.postMessage({ type: 'warmed', id: m.id } satisfies FromWorker);
    }
  };
  port.on('message', (m: ToWorker) => {
    if (m.type === 'warm') newest.set(m.kind, m.id);
    queue = queue.then(() => (m.type === 'job' ? runWorker(port, m.start, tasks) : warm(m)));
  });
}
