import { dirname } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { pngFolderFor, usePngFolder } from '../report/png-disk-cache.js';
import { type Db, openDatabase } from '../store/database.js';
import { toAppError } from '../store/errors.js';
import { isReadOnlyError, openReadOnly, storeWritable } from '../store/read-only.js';
import { JobCancelled, type JobHooks } from './hooks.js';
import { FLAG, type FromWorker, type WorkerPrepare, type WorkerStart } from './protocol.js';
import type { Task } from './tasks.js';
import { gateTransactions } from './worker-slot.js';

/** Progress is sent at most this often (and at every change of phase). */
const PROGRESS_EVERY_MS = 50;

function hooksFor(port: MessagePort, signals: Int32Array): JobHooks {
  let lastPhase = '';
  let lastSent = 0;
  return {
    progress(phase, done = 0, total = 0) {
      if (Atomics.load(signals, FLAG.cancel) === 1) throw new JobCancelled();
      const now = Date.now();
      if (phase === lastPhase && now - lastSent < PROGRESS_EVERY_MS && done !== total) return;
      lastPhase = phase;
      lastSent = now;
      port.postMessage({ type: 'progress', phase, done, total } satisfies FromWorker);
    },
  };
}

/**
 * The job's own connection: read-write, or for viewing only when this user may not change the
 * library (main opened it so too), so that a report of a read-only library can still be written.
 */
function openForJob(start: Pick<WorkerStart, 'dbFile' | 'nativeBinding'>): { db: Db; writable: boolean } {
  const opts = { nativeBinding: start.nativeBinding };
  if (storeWritable(start.dbFile))
    try {
      return { db: openDatabase(start.dbFile, opts), writable: true };
    } catch (err) {
      // `access` said yes but SQLite may not write (a read-only mount), as in openStore.
      if (!isReadOnlyError(err)) throw err;
    }
  return { db: openReadOnly(start.dbFile, opts), writable: false };
}

/** The job's connection, with the library's kept pictures (a new thread has none in memory). */
function openLibrary(target: Pick<WorkerStart, 'dbFile' | 'nativeBinding'>): Db {
  const opened = openForJob(target);
  usePngFolder(pngFolderFor(dirname(target.dbFile), opened.writable));
  return opened.db;
}

/** Runs `use` on its own connection to the library, for a warm-up's preparation (it only reads). */
export async function withLibrary<T>(target: WorkerPrepare, use: (db: Db) => Promise<T>): Promise<T> {
  const db = openLibrary(target);
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

/**
 * One job in a worker: its own connection to the same database file (WAL) for this job only (the
 * file may have been replaced since the last one), one task, one answer in the contract's error
 * envelope.
 */
export async function runWorker(
  port: MessagePort,
  start: WorkerStart,
  tasks: Record<string, Task>,
): Promise<void> {
  const signals = new Int32Array(start.signals);
  const send = (m: FromWorker) => port.postMessage(m);
  let db: Db | null = null;
  try {
    db = openLibrary(start);
    gateTransactions(db, port, signals);
    const task = tasks[start.kind];
    if (!task) throw new Error(`No task for ${start.kind}`);
    const value = await task(db, start.input as never, hooksFor(port, signals));
    send({ type: 'result', value });
  } catch (err) {
    const e = toAppError(err);
    if (e.code === 'internal') console.error(`[job ${start.kind}]`, err);
    const error = { code: e.code, message: e.message };
    send({ type: 'error', error: e.path === undefined ? error : { ...error, path: e.path } });
  } finally {
    db?.close();
  }
}
