import type { MessagePort } from 'node:worker_threads';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import { JobCancelled } from './hooks.js';
import { FLAG, type FromWorker, SLOT } from './protocol.js';

/** How long a worker waits for main's edits to finish before giving up its write. */
const SLOT_WAIT_MS = 60_000;

type Port = Pick<MessagePort, 'postMessage'>;
const post = (port: Port, message: FromWorker) => port.postMessage(message);

/**
 * Blocks this worker (never main) until main grants the write slot. Checks cancel while it waits.
 * If it gives up while main is granting, it hands the slot straight back.
 */
function takeSlot(port: Port, signals: Int32Array): void {
  Atomics.store(signals, FLAG.slot, SLOT.wanted);
  post(port, { type: 'want-write' });
  const deadline = Date.now() + SLOT_WAIT_MS;
  while (Atomics.load(signals, FLAG.slot) !== SLOT.granted) {
    const cancelled = Atomics.load(signals, FLAG.cancel) === 1;
    if (cancelled || Date.now() > deadline) {
      if (Atomics.compareExchange(signals, FLAG.slot, SLOT.wanted, SLOT.none) === SLOT.granted)
        giveBack(port, signals);
      if (cancelled) throw new JobCancelled();
      throw new AppError('db_busy', 'The library stayed busy with other changes; nothing was imported.');
    }
    Atomics.wait(signals, FLAG.slot, SLOT.wanted, 100);
  }
}

function giveBack(port: Port, signals: Int32Array): void {
  Atomics.store(signals, FLAG.slot, SLOT.none);
  post(port, { type: 'write-done' });
}

/**
 * Every outermost transaction of the worker's connection runs holding main's write slot, so the
 * core functions write exactly as they do on main, and main's own edits queue instead of meeting
 * SQLite's lock.
 */
export function gateTransactions(db: Db, port: Port, signals: Int32Array): void {
  const inner = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const t = inner(fn);
    const gated = (...args: never[]) => {
      if (db.inTransaction) return t(...args);
      takeSlot(port, signals);
      try {
        return t(...args);
      } finally {
        giveBack(port, signals);
      }
    };
    return Object.assign(gated, t);
  }) as Db['transaction'];
}
