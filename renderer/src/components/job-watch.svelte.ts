import type { JobInfo, JobKind } from '../../../shared/ipc/job.channels.js';
import { call } from '../lib/api.js';

/** How often a running job's progress is read (main answers from memory, nothing is queried). */
export const POLL_MS = 150;

/**
 * The jobs of some kinds (and one workshop), read by polling `job:list` while `active`: the same
 * way the report's progress has always been read, so Electron and browser mode behave alike.
 */
export class JobWatch {
  jobs = $state<JobInfo[]>([]);
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly kinds: () => readonly JobKind[],
    private readonly workshopId: () => string | null = () => null,
  ) {}

  start(): void {
    if (this.timer) return;
    const tick = async () => {
      const all = await call('job:list', {}).catch(() => [] as JobInfo[]);
      const id = this.workshopId();
      this.jobs = all.filter((j) => this.kinds().includes(j.kind) && (!id || j.workshopId === id));
      if (this.timer) this.timer = setTimeout(() => void tick(), POLL_MS);
    };
    this.timer = setTimeout(() => void tick(), 0);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.jobs = [];
  }

  async cancel(job: JobInfo): Promise<void> {
    this.jobs = this.jobs.map((j) => (j.id === job.id ? { ...j, cancelling: true } : j));
    await call('job:cancel', { id: job.id });
  }
}
