import { AppError } from '../store/errors.js';
import { JobCancelled } from './hooks.js';
import { FLAG, type FromWorker, SLOT, type ToWorker, type WorkerStart } from './protocol.js';
import type { WorkerPool } from './worker-pool.js';
import type { WriteGate } from './write-gate.js';

/** After cancel, how long a worker may take to reach its next check before it is stopped. */
export const CANCEL_GRACE_MS = 5000;

export interface WorkerRun {
  done: Promise<unknown>;
  cancel(): void;
}

export interface WorkerOptions {
  pool: WorkerPool;
  start: Omit<WorkerStart, 'signals'>;
  gate: WriteGate;
  label: string;
  onProgress(phase: string, done: number, total: number): void;
}

/**
 * Runs one job in a worker thread of the pool. The worker asks for the write slot before each
 * transaction; main grants it through the gate and takes it back when the worker is done with it,
 * or when the worker dies (a crash or a stop mid-transaction leaves SQLite to roll back). A worker
 * that answered goes back to the pool; one that died or was stopped does not.
 */
export function runInWorker(o: WorkerOptions): WorkerRun {
  const signals = new SharedArrayBuffer(8);
  const flags = new Int32Array(signals);
  const pooled = o.pool.take(o.start.kind);
  const { worker } = pooled;
  let release: (() => void) | null = null;
  let settled = false;
  let cancelled = false;
  let stopTimer: NodeJS.Timeout | undefined;
  const giveBack = () => {
    release?.();
    release = null;
  };

  const done = new Promise<unknown>((resolve, reject) => {
    const settle = (fn: () => void, answered: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(stopTimer);
      giveBack();
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (!answered) pooled.alive = false;
      o.pool.give(pooled);
      fn();
    };
    const onMessage = (m: FromWorker) => {
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
      else if (m.type === 'result') settle(() => resolve(m.value), true);
      else if (m.type === 'error')
        settle(() => reject(new AppError(m.error.code, m.error.message, m.error.path)), true);
    };
    const crashed = (why: string) =>
      settle(
        () =>
          reject(
            cancelled
              ? new JobCancelled()
              : new AppError('internal', `${o.label} stopped unexpectedly (${why}). Nothing was changed.`),
          ),
        false,
      );
    const onError = (err: Error) => crashed(err.message);
    const onExit = (code: number) => crashed(`exit code ${code}`);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ type: 'job', start: { ...o.start, signals } } satisfies ToWorker);
  });

  return {
    done,
    cancel() {
      cancelled = true;
      Atomics.store(flags, FLAG.cancel, 1);
      Atomics.notify(flags, FLAG.slot);
      // A worker deep in one long step (parsing a huge file) is stopped; SQLite rolls back.
      if (!settled) stopTimer = setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS).unref();
    },
  };
}
