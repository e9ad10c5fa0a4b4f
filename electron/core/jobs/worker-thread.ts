import { Worker } from 'node:worker_threads';
import { AppError } from '../store/errors.js';
import { JobCancelled } from './hooks.js';
import { FLAG, type FromWorker, SLOT, type WorkerStart } from './protocol.js';
import type { WorkerScript } from './worker-path.js';
import type { WriteGate } from './write-gate.js';

/** After cancel, how long a worker may take to reach its next check before it is stopped. */
export const CANCEL_GRACE_MS = 5000;

export interface WorkerRun {
  done: Promise<unknown>;
  cancel(): void;
}

export interface WorkerOptions {
  script: WorkerScript;
  start: Omit<WorkerStart, 'signals'>;
  gate: WriteGate;
  label: string;
  onProgress(phase: string, done: number, total: number): void;
}

/**
 * Runs one job in its own worker thread. The worker asks for the write slot before each
 * transaction; main grants it through the gate and takes it back when the worker is done with it,
 * or when the worker dies (a crash or a stop mid-transaction leaves SQLite to roll back).
 */
export function runInWorker(o: WorkerOptions): WorkerRun {
  const signals = new SharedArrayBuffer(8);
  const flags = new Int32Array(signals);
  const tsEntry = o.script.tsEntry?.href;
  const worker = new Worker(o.script.url, { workerData: { ...o.start, signals, tsEntry } });
  let release: (() => void) | null = null;
  let settled = false;
  let cancelled = false;
  const giveBack = () => {
    release?.();
    release = null;
  };

  const done = new Promise<unknown>((resolve, reject) => {
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      giveBack();
      fn();
    };
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'progress') o.onProgress(m.phase, m.done, m.total);
      else if (m.type === 'want-write')
        void o.gate.acquire(null).then((r) => {
          const granted =
            !settled && Atomics.compareExchange(flags, FLAG.slot, SLOT.wanted, SLOT.granted) === SLOT.wanted;
          if (!granted) return r();
          release = r;
          Atomics.notify(flags, FLAG.slot);
        });
      else if (m.type === 'write-done') giveBack();
      else if (m.type === 'result') settle(() => resolve(m.value));
      else settle(() => reject(new AppError(m.error.code, m.error.message, m.error.path)));
    });
    const crashed = (why: string) =>
      settle(() =>
        reject(
          cancelled
            ? new JobCancelled()
            : new AppError('internal', `${o.label} stopped unexpectedly (${why}). Nothing was changed.`),
        ),
      );
    worker.on('error', (err) => crashed(err.message));
    worker.on('exit', (code) => crashed(`exit code ${code}`));
  });

  return {
    done,
    cancel() {
      cancelled = true;
      Atomics.store(flags, FLAG.cancel, 1);
      Atomics.notify(flags, FLAG.slot);
      // A worker deep in one long step (parsing a huge file) is stopped; SQLite rolls back.
      setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS).unref();
    },
  };
}
