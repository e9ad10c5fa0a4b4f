import { z } from 'zod';
import { channel } from './define.js';

/** Work that runs off the UI's path, in a worker thread. */
export const JOB_KINDS = [
  'csv-import',
  'xlsx-import',
  'bpmn-preview',
  'bpmn-import',
  'workshop-import',
  'report',
  'deck',
  'backup',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** A job under way, as the progress bar shows it. */
export interface JobInfo {
  id: string;
  kind: JobKind;
  /** What it is, in words ("Importing steps from CSV"). */
  label: string;
  /** Where it is ("Writing steps"). */
  phase: string;
  /** Units done of total; total 0 while the size is not known yet. */
  done: number;
  total: number;
  workshopId: string | null;
  /** Cancel was asked for; the job stops at its next check and writes nothing. */
  cancelling: boolean;
  /** False for work that must finish (the daily backup). */
  cancellable: boolean;
  startedAt: string;
}

export const jobChannels = {
  'job:list': channel<JobInfo[]>()(z.strictObject({})),
  'job:cancel': channel<{ cancelled: boolean }>()(z.strictObject({ id: z.string().min(1).max(100) })),
};
