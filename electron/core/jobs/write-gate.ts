import { AppError } from '../store/errors.js';

/** How long a main-thread edit waits for a job's write to commit before it is refused. */
export const GATE_WAIT_MS = 30_000;

interface Waiter {
  grant: () => void;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * One writer at a time, main thread and workers alike. SQLite allows one writer, and a main-thread
 * write that met a worker's lock would block the event loop for the whole busy timeout; so writes
 * queue here, in order, without blocking, and SQLite never sees them collide.
 */
export class WriteGate {
  private held = false;
  private readonly queue: Waiter[] = [];

  get busy(): boolean {
    return this.held;
  }

  /** Resolves with the release once the slot is ours; refuses after `waitMs` (no limit: null). */
  acquire(waitMs: number | null = GATE_WAIT_MS): Promise<() => void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { grant: () => resolve(this.releaser()), timer: null };
      if (waitMs !== null)
        waiter.timer = setTimeout(() => {
          this.queue.splice(this.queue.indexOf(waiter), 1);
          reject(
            new AppError(
              'db_busy',
              `An import or report is still being saved after ${Math.round(waitMs / 1000)} s. The change was not saved: try again.`,
            ),
          );
        }, waitMs);
      this.queue.push(waiter);
    });
  }

  /** Runs `fn` holding the slot. */
  async run<T>(fn: () => T | Promise<T>, waitMs?: number | null): Promise<T> {
    const release = await this.acquire(waitMs);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.queue.shift();
      if (!next) {
        this.held = false;
        return;
      }
      if (next.timer) clearTimeout(next.timer);
      next.grant();
    };
  }
}
