import { AppError } from '../store/errors.js';

/**
 * What a long task tells its runner between batches: where it is, and a chance to stop. `progress`
 * throws JobCancelled when cancel was asked for; thrown inside a transaction, it rolls it back, so a
 * cancelled import writes nothing.
 */
export interface JobHooks {
  progress(phase: string, done?: number, total?: number): void;
}

/** For callers with nobody watching (the CLI, tests of the core functions). */
export const NO_HOOKS: JobHooks = { progress: () => undefined };

export const CANCELLED_MESSAGE = 'Cancelled: nothing was changed.';

export class JobCancelled extends AppError {
  constructor() {
    super('cancelled', CANCELLED_MESSAGE);
    this.name = 'JobCancelled';
  }
}

/** How many rows a task writes between two checks: small enough to stop within a blink. */
export const BATCH_ROWS = 250;

/** Calls `progress` every BATCH_ROWS items of a loop, and at its end. */
export function everyBatch(hooks: JobHooks, phase: string, total: number): (done: number) => void {
  hooks.progress(phase, 0, total);
  return (done) => {
    if (done % BATCH_ROWS === 0 || done === total) hooks.progress(phase, done, total);
  };
}
