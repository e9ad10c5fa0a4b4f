import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import type { JobInfo, JobKind } from '../../../shared/ipc/job.channels.js';
import { pngFolderFor, usePngFolder } from '../report/png-disk-cache.js';
import type { Db } from '../store/database.js';
import { storeWritable } from '../store/read-only.js';
import { JobCancelled, type JobHooks } from './hooks.js';
import type { Task } from './tasks.js';
import { runsInline } from './small-jobs.js';
import { JOB_LABELS, type JobInput, type JobResult, TASKS, WRITING_KINDS } from './tasks.js';
import { runInWorker } from './worker-thread.js';
import { type WorkerScript, workerScript } from './worker-path.js';
import { WorkerPool } from './worker-pool.js';
import { WriteGate } from './write-gate.js';

export interface JobRunnerOptions {
  /**
   * 'worker' (the app, browser mode): jobs in worker threads kept between jobs (worker-pool.ts),
   * but small imports in this thread (small-jobs.ts). 'inline' (the CLI): every job in this thread.
   */
  mode: 'worker' | 'inline';
  dbFile: string;
  nativeBinding?: string | undefined;
  /** Main's connection, for inline jobs. */
  db: () => Db;
  /** Jobs run at once; the rest wait their turn (the machine may have two cores). */
  maxRunning?: number;
  /** The worker's code; by default the built one (tests give another). */
  script?: WorkerScript;
}

interface Job {
  info: JobInfo;
  cancel: () => void;
  done: Promise<unknown>;
}

/** Long work off the UI's path: each job with its progress, a cancel, and one answer. */
export class JobRunner {
  readonly gate = new WriteGate();
  private readonly jobs = new Map<string, Job>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly pool: WorkerPool;

  constructor(private readonly options: JobRunnerOptions) {
    this.pool = new WorkerPool(() => options.script ?? workerScript());
    // Inline jobs draw in this thread: the CLI keeps its pictures across runs as the app's workers do.
    if (options.mode === 'inline')
      usePngFolder(pngFolderFor(dirname(options.dbFile), storeWritable(options.dbFile)));
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].map((j) => ({ ...j.info }));
  }

  /** Asks a job to stop; it writes nothing. False for an unknown, finished or uncancellable job. */
  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job?.info.cancellable) return false;
    job.info.cancelling = true;
    job.cancel();
    return true;
  }

  /**
   * Readies a worker for a job of this kind before it is asked for (the Report stage opening): its
   * code loaded and run once on a small sample, and given the job's input, its work done ahead
   * (kept by the worker's caches). Nothing in the CLI, which runs jobs in its thread.
   */
  warm<K extends JobKind>(kind: K, input?: JobInput<K>): Promise<void> {
    if (this.options.mode !== 'worker') return Promise.resolve();
    const { dbFile, nativeBinding } = this.options;
    try {
      return this.pool.warm(kind, input === undefined ? undefined : { dbFile, nativeBinding, input });
    } catch (err) {
      // Getting ready is a courtesy: a worker that cannot start says so when the job itself runs.
      console.error('[jobs] could not ready a worker:', err);
      return Promise.resolve();
    }
  }

  /** Stops the workers kept for the next job (quitting); running jobs are the caller's to settle. */
  async close(): Promise<void> {
    await this.pool.close();
  }

  /** Resolves when every job of this kind (every job, without one) has finished. */
  async settled(kind?: JobKind): Promise<void> {
    const pending = [...this.jobs.values()].filter((j) => !kind || j.info.kind === kind);
    await Promise.allSettled(pending.map((j) => j.done));
  }

  run<K extends JobKind>(
    kind: K,
    input: JobInput<K>,
    workshopId: string | null = null,
  ): Promise<JobResult<K>> {
    const info: JobInfo = {
      id: randomUUID(),
      kind,
      label: JOB_LABELS[kind],
      phase: 'Waiting for another job to finish',
      done: 0,
      total: 0,
      workshopId,
      cancelling: false,
      cancellable: kind !== 'backup',
      startedAt: new Date().toISOString(),
    };
    const job: Job = { info, cancel: () => undefined, done: Promise.resolve() };
    job.done = this.turn()
      .then(() => (info.cancelling ? Promise.reject(new JobCancelled()) : this.start(job, input)))
      .finally(() => {
        this.jobs.delete(info.id);
        this.next();
      });
    this.jobs.set(info.id, job);
    return job.done as Promise<JobResult<K>>;
  }

  private start(job: Job, input: unknown): Promise<unknown> {
    const { info } = job;
    info.phase = 'Starting';
    const onProgress = (phase: string, done = 0, total = 0) => Object.assign(info, { phase, done, total });
    if (this.options.mode === 'inline' || runsInline(info.kind, input))
      return this.inline(job, input, onProgress);
    const run = runInWorker({
      pool: this.pool,
      start: {
        kind: info.kind,
        input,
        dbFile: this.options.dbFile,
        nativeBinding: this.options.nativeBinding,
      },
      gate: this.gate,
      label: info.label,
      onProgress,
    });
    job.cancel = run.cancel;
    return run.done;
  }

  /** The same task on main's connection; writing kinds hold the write slot throughout. */
  private async inline(job: Job, input: unknown, onProgress: JobHooks['progress']): Promise<unknown> {
    let cancelled = false;
    job.cancel = () => (cancelled = true);
    const hooks: JobHooks = {
      progress: (phase, done, total) => {
        if (cancelled) throw new JobCancelled();
        onProgress(phase, done, total);
      },
    };
    const task = () => (TASKS[job.info.kind] as Task)(this.options.db(), input as never, hooks);
    return WRITING_KINDS.has(job.info.kind) ? this.gate.run(task, null) : task();
  }

  private turn(): Promise<void> {
    if (this.running < (this.options.maxRunning ?? 2)) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private next(): void {
    const wake = this.waiting.shift();
    if (wake) wake();
    else this.running--;
  }
}
