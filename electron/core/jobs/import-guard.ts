import { AppError } from '../store/errors.js';
import type { JobRunner } from './runner.js';
import { WRITING_KINDS } from './tasks.js';

/**
 * Undo and redo refuse while an import into the workshop runs: they would wait for it and then
 * take back the import itself (the newest edit by then), not the edit the facilitator meant.
 */
export function noImportRunning(jobs: JobRunner, workshopId: string, what: 'Undo' | 'Redo'): void {
  if (jobs.list().some((j) => WRITING_KINDS.has(j.kind) && j.workshopId === workshopId))
    throw new AppError(
      'conflict',
      `${what} waits for the import under way: try again when it has finished, or cancel it.`,
    );
}
