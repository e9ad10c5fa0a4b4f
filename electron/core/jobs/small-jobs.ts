import { statSync } from 'node:fs';
import type { JobKind } from '../../../shared/ipc/job.channels.js';

/**
 * Imports below these sizes are done on main sooner than a worker thread starts (0.3–0.4 s to load
 * its code and open the database): about a quarter of a second of work at most, which the window
 * hardly notices (measured in-process: a 182 KB CSV of 1,000 rows 130 ms, a 93 KB workbook of 1,000
 * rows 200 ms, a 264 KB BPMN of 167 steps 50 ms, a 398 KB .triptych of 500 steps 60 ms). Larger
 * ones, and every report, deck and backup, go to a worker.
 */
export const INLINE_BELOW_BYTES: Partial<Record<JobKind, number>> = {
  'csv-import': 256 * 1024,
  'xlsx-import': 128 * 1024,
  'bpmn-preview': 1024 * 1024,
  'bpmn-import': 1024 * 1024,
  'workshop-import': 1024 * 1024,
};

/** The size of an import's source: text, bytes in base64, or the chosen file; unknown is large. */
export function sourceBytes(input: unknown): number {
  const source = input as { content?: unknown; base64?: unknown; path?: unknown };
  if (typeof source.content === 'string') return source.content.length;
  if (typeof source.base64 === 'string') return Math.floor(source.base64.length * 0.75);
  if (typeof source.path === 'string') {
    try {
      return statSync(source.path).size;
    } catch {
      return Infinity;
    }
  }
  return Infinity;
}

/** True when a job of this kind on this input is quicker done in this thread. */
export function runsInline(kind: JobKind, input: unknown): boolean {
  const below = INLINE_BELOW_BYTES[kind];
  return below !== undefined && sourceBytes(input) < below;
}
