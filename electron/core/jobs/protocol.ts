import type { JobKind } from '../../../shared/ipc/job.channels.js';
import type { IpcError } from '../../../shared/ipc/result.js';

/**
 * Messages between main and a job's worker. Cancel and the write slot travel in shared memory
 * (Atomics), because the worker checks them from inside a synchronous transaction, where no
 * message could arrive.
 */
export interface WorkerStart {
  kind: JobKind;
  input: unknown;
  dbFile: string;
  nativeBinding?: string | undefined;
  /** Int32Array over a SharedArrayBuffer: see FLAG and SLOT. */
  signals: SharedArrayBuffer;
}

/** Main to a worker, which runs one message at a time and stays for the next. */
export type ToWorker =
  | { type: 'job'; start: WorkerStart }
  /** Load what a job of this kind needs and run it once small, so the real one starts warm. */
  | { type: 'warm'; kind: JobKind };

/** Index in the signals array. */
export const FLAG = { cancel: 0, slot: 1 } as const;
/** Values of signals[FLAG.slot]. */
export const SLOT = { none: 0, wanted: 1, granted: 2 } as const;

export type FromWorker =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'want-write' }
  | { type: 'write-done' }
  | { type: 'result'; value: unknown }
  | { type: 'error'; error: IpcError };
