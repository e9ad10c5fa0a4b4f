import { Worker } from 'node:worker_threads';
import type { JobKind } from '../../../shared/ipc/job.channels.js';
import type { FromWorker, ToWorker, WorkerPrepare } from './protocol.js';
import type { WorkerScript } from './worker-path.js';

/** How long a worker with nothing to do stays, ready for the next job (then its memory is freed). */
export const KEEP_IDLE_MS = 5 * 60_000;

/** A worker thread that runs one job after another. */
export interface PooledWorker {
  readonly worker: Worker;
  /** Kinds it has loaded and run once: their next job starts warm. */
  readonly warmed: Set<JobKind>;
  /** Warm-ups sent and not yet answered. */
  readonly warming: Map<number, () => void>;
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
  private taken = 0;
  private warmIds = 0;

  constructor(
    private readonly script: () => WorkerScript,
    private readonly maxIdle = 1,
    private readonly keepIdleMs = KEEP_IDLE_MS,
  ) {}

  /**
   * An idle worker, or a new one; it is the caller's until `give`. The one warmed for `kind` comes
   * first (the job waits for its preparation, which is its own work done ahead); one still getting
   * ready for another kind is left to it, so an import never waits behind a report's preparation.
   */
  take(kind: JobKind): PooledWorker {
    let i = this.idle.findIndex((w) => w.warmed.has(kind));
    if (i < 0) i = this.idle.findIndex((w) => w.warming.size === 0);
    const [kept] = i >= 0 ? this.idle.splice(i, 1) : [];
    if (!kept) {
      const w = this.spawn();
      this.taken++;
      return w;
    }
    this.taken++;
    clearTimeout(this.timers.get(kept));
    this.timers.delete(kept);
    kept.worker.ref();
    return kept;
  }

  /** Hands a worker back after its job; one that died or was stopped is dropped. */
  give(w: PooledWorker): void {
    this.taken--;
    this.keep(w);
  }

  /**
   * Gets a worker ready for a job of this kind before it is asked for (the Report stage opening):
   * code loaded and run once, and with `prepare`, that job's work done ahead. Resolves when the
   * worker is done (or gone). While every worker is busy with a job, nothing is started for it.
   */
  warm(kind: JobKind, prepare?: WorkerPrepare): Promise<void> {
    const w = this.idle.find((x) => x.warmed.has(kind)) ?? this.idle[0] ?? this.spareWorker();
    if (!w || (w.warmed.has(kind) && !prepare)) return Promise.resolve();
    w.warmed.add(kind);
    const id = ++this.warmIds;
    w.worker.postMessage({ type: 'warm', id, kind, prepare } satisfies ToWorker);
    return new Promise((resolve) => w.warming.set(id, resolve));
  }

  /** Stops the waiting workers (quitting). */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => this.stop(w)));
  }

  get idleCount(): number {
    return this.idle.length;
  }

  /** A new idle worker, unless a job's worker is running (it will be free soon, and warm). */
  private spareWorker(): PooledWorker | undefined {
    if (this.taken > 0) return undefined;
    const w = this.spawn();
    this.keep(w);
    return w;
  }

  private keep(w: PooledWorker): void {
    if (!w.alive || this.idle.length >= this.maxIdle) return void this.stop(w);
    w.worker.unref();
    this.idle.push(w);
    this.timers.set(w, setTimeout(() => void this.stop(w), this.keepIdleMs).unref());
  }

  private spawn(): PooledWorker {
    const script = this.script();
    const worker = new Worker(script.url, { workerData: { tsEntry: script.tsEntry?.href } });
    const w: PooledWorker = { worker, warmed: new Set(), warming: new Map(), alive: true };
    const gone = () => {
      w.alive = false;
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
      clearTimeout(this.timers.get(w));
      this.timers.delete(w);
      for (const resolve of w.warming.values()) resolve();
      w.warming.clear();
    };
    worker.on('message', (m: FromWorker) => {
      if (m.type !== 'warmed') return;
      w.warming.get(m.id)?.();
      w.warming.delete(m.id);
    });
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
