import { Worker } from 'node:worker_threads';
import type { JobKind } from '../../../shared/ipc/job.channels.js';
import type { ToWorker } from './protocol.js';
import type { WorkerScript } from './worker-path.js';

/** How long a worker with nothing to do stays, ready for the next job (then its memory is freed). */
export const KEEP_IDLE_MS = 5 * 60_000;

/** A worker thread that runs one job after another. */
export interface PooledWorker {
  readonly worker: Worker;
  /** Kinds it has loaded and run once: their next job starts warm. */
  readonly warmed: Set<JobKind>;
  alive: boolean;
}

/**
 * Job workers kept between jobs. A new worker takes 0.3–0.4 s to start and runs its code cold
 * (a report's Packer takes twice as long in it); a kept one starts the next job at once. At most
 * `maxIdle` wait, unreferenced (they never keep the process alive) and only for KEEP_IDLE_MS.
 * A worker that crashed, or was stopped because a cancel did not reach it, is never reused.
 */
export class WorkerPool {
  private readonly idle: PooledWorker[] = [];
  private readonly timers = new Map<PooledWorker, NodeJS.Timeout>();

  constructor(
    private readonly script: () => WorkerScript,
    private readonly maxIdle = 1,
    private readonly keepIdleMs = KEEP_IDLE_MS,
  ) {}

  /** An idle worker (the one warmed for `kind` first), or a new one; it is the caller's until `give`. */
  take(kind: JobKind): PooledWorker {
    const i = this.idle.findIndex((w) => w.warmed.has(kind));
    const [kept] = this.idle.splice(i >= 0 ? i : 0, 1);
    if (kept) {
      clearTimeout(this.timers.get(kept));
      this.timers.delete(kept);
      kept.worker.ref();
      return kept;
    }
    return this.spawn();
  }

  /** Hands a worker back after a job that ended by its own answer; a dead one is dropped. */
  give(w: PooledWorker): void {
    if (!w.alive || this.idle.length >= this.maxIdle) return void this.stop(w);
    w.worker.unref();
    this.idle.push(w);
    this.timers.set(w, setTimeout(() => this.stop(w), this.keepIdleMs).unref());
  }

  /** Gets a worker ready for a job of this kind ahead of it (the Report stage opening, say). */
  warm(kind: JobKind): void {
    if (this.idle.some((w) => w.warmed.has(kind))) return;
    const w = this.idle.length > 0 ? this.take(kind) : this.spawn();
    w.warmed.add(kind);
    w.worker.postMessage({ type: 'warm', kind } satisfies ToWorker);
    this.give(w);
  }

  /** Stops the waiting workers (quitting). */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => this.stop(w)));
  }

  get idleCount(): number {
    return this.idle.length;
  }

  private spawn(): PooledWorker {
    const script = this.script();
    const worker = new Worker(script.url, { workerData: { tsEntry: script.tsEntry?.href } });
    const w: PooledWorker = { worker, warmed: new Set(), alive: true };
    const gone = () => {
      w.alive = false;
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
      clearTimeout(this.timers.get(w));
      this.timers.delete(w);
    };
    worker.on('exit', gone);
    // An error ends the worker ('exit' follows); a job's own listener reports it to its caller.
    worker.on('error', gone);
    return w;
  }

  private async stop(w: PooledWorker): Promise<void> {
    w.alive = false;
    clearTimeout(this.timers.get(w));
    this.timers.delete(w);
    await w.worker.terminate();
  }
}
