import type { ReportProgress } from '../../../shared/report/progress.js';

/** How far a report is, by stage; the renderer polls it while `report:generate` runs. */

export type ProgressFn = (progress: ReportProgress) => void;

const running = new Map<string, ReportProgress>();

/** Latest progress of the report being generated for a workshop, or null when none is. */
export function currentProgress(workshopId: string): ReportProgress | null {
  return running.get(workshopId) ?? null;
}

/** A progress callback that records into the registry (and forwards), and a way to clear it. */
export function trackProgress(
  workshopId: string,
  forward?: ProgressFn,
): { report: ProgressFn; finish(): void } {
  return {
    report: (p) => {
      running.set(workshopId, p);
      forward?.(p);
    },
    finish: () => running.delete(workshopId),
  };
}
