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

/** A library, and which job in it to get ready for (a workshop's report, say). */
export interface WorkerPrepare {
  dbFile: string;
  nativeBinding?: string | undefined;
  input: unknown;
}

/** Main to a worker, which runs one message at a time and stays for the next. */
export type ToWorker =
  | { type: 'job'; start: WorkerStart }
  /**
   * Load what a job of this kind needs and run it once small, so the real one starts warm; with
   * `prepare`, also work out ahead what that job will need. Only the newest warm of a kind runs.
   */
  | { type: 'warm'; id: number; kind: JobKind; prepare?: WorkerPrepare | undefined };

/** Index in the signals array. */
export const FLAG = { cancel: 0, slot: 1 } as const;
/** Values of signals[FLAG.slot]. */
export const SLOT = { none: 0, wanted: 1, granted: 2 } as const;

export type FromWorker =
  | { type: 'progress'; phase: string; done: number; total: number }
  | { type: 'want-write' }
  | { type: 'write-done' }
  | { type: 'result'; value: unknown }
  | { type: 'warmed'; id: number }
  | { type: 'error'; error: IpcError };
