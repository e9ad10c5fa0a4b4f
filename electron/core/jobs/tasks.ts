import type { JobKind } from '../../../shared/ipc/job.channels.js';
import type { generateDeck } from '../deck/service.js';
import type { importBpmn, previewBpmn } from '../exchange/bpmn-io.js';
import type { importCsv } from '../exchange/csv-io.js';
import type { importWorkshop } from '../exchange/triptych-io.js';
import type { importXlsx } from '../exchange/xlsx-io.js';
import type { generateReport } from '../report/service.js';
import type { Db } from '../store/database.js';
import type { runBackup } from './backup-task.js';
import type { JobHooks } from './hooks.js';

/**
 * What each kind of job does, given its own connection to the database. The same functions run in
 * a worker thread (the app) and in-process (the CLI); inputs are the core functions' own (a path,
 * never a file handle: main resolves handles before the job starts). Each loads its module when it
 * runs, so a worker starts with only what its job needs (no docx for a CSV import).
 */
export type Task = (db: Db, input: never, hooks: JobHooks) => unknown;

type In<F extends (...args: never[]) => unknown> = Parameters<F>[1];

export const TASKS = {
  'csv-import': async (db: Db, input: In<typeof importCsv>, hooks: JobHooks) =>
    (await import('../exchange/csv-io.js')).importCsv(db, input, hooks),
  'xlsx-import': async (db: Db, input: In<typeof importXlsx>, hooks: JobHooks) =>
    (await import('../exchange/xlsx-io.js')).importXlsx(db, input, hooks),
  'bpmn-preview': async (db: Db, input: In<typeof previewBpmn>, hooks: JobHooks) => {
    hooks.progress('Reading the BPMN file');
    return (await import('../exchange/bpmn-io.js')).previewBpmn(db, input);
  },
  'bpmn-import': async (db: Db, input: In<typeof importBpmn>, hooks: JobHooks) =>
    (await import('../exchange/bpmn-io.js')).importBpmn(db, input, hooks),
  'workshop-import': async (db: Db, input: In<typeof importWorkshop>, hooks: JobHooks) =>
    (await import('../exchange/triptych-io.js')).importWorkshop(db, input, hooks),
  report: async (db: Db, input: In<typeof generateReport>, hooks: JobHooks) =>
    (await import('../report/service.js')).generateReport(db, input, (p) =>
      hooks.progress(p.message, p.percent, 100),
    ),
  deck: async (db: Db, input: In<typeof generateDeck>, hooks: JobHooks) =>
    (await import('../deck/service.js')).generateDeck(db, input, hooks),
  backup: async (db: Db, input: In<typeof runBackup>, hooks: JobHooks) =>
    (await import('./backup-task.js')).runBackup(db, input, hooks),
} satisfies Record<JobKind, Task>;

export type JobInput<K extends JobKind> = Parameters<(typeof TASKS)[K]>[1];
export type JobResult<K extends JobKind> = Awaited<ReturnType<(typeof TASKS)[K]>>;

/** Kinds whose worker writes to the database, and so takes the write slot. */
export const WRITING_KINDS: ReadonlySet<JobKind> = new Set([
  'csv-import',
  'xlsx-import',
  'bpmn-import',
  'workshop-import',
]);

/** What the progress bar calls each kind. */
export const JOB_LABELS: Record<JobKind, string> = {
  'csv-import': 'Importing steps from CSV',
  'xlsx-import': 'Importing steps from Excel',
  'bpmn-preview': 'Reading the BPMN file',
  'bpmn-import': 'Importing steps from BPMN',
  'workshop-import': 'Importing the workshop',
  report: 'Writing the Word report',
  deck: 'Writing the read-out deck',
  backup: 'Backing up the library',
};
