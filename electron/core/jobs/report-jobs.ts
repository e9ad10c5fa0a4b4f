import type { ReportProgress } from '../../../shared/report/progress.js';
import { AppError } from '../store/errors.js';
import type { JobRunner } from './runner.js';

const reportJob = (jobs: JobRunner, workshopId: string) =>
  jobs.list().find((j) => j.kind === 'report' && j.workshopId === workshopId);

/** One report per workshop at a time (two would race for the same file). */
export function oneReportAtATime(jobs: JobRunner, workshopId: string): void {
  if (reportJob(jobs, workshopId))
    throw new AppError(
      'conflict',
      'A report for this workshop is already being written. Wait for it to finish.',
    );
}

/** The report job's progress in the shape `report:progress` has always answered. */
export function jobProgress(jobs: JobRunner, workshopId: string): ReportProgress | null {
  const job = reportJob(jobs, workshopId);
  if (!job) return null;
  const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  return { stage: percent >= 100 ? 'done' : 'composing', percent, message: job.phase };
}
