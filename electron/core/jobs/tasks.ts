import type { JobKind } from '../../../shared/ipc/job.channels.js';
import { generateDeck } from '../deck/service.js';
import { importBpmn, previewBpmn } from '../exchange/bpmn-io.js';
import { importCsv } from '../exchange/csv-io.js';
import { importWorkshop } from '../exchange/triptych-io.js';
import { importXlsx } from '../exchange/xlsx-io.js';
import { generateReport } from '../report/service.js';
import type { Db } from '../store/database.js';
import { runBackup } from './backup-task.js';
import type { JobHooks } from './hooks.js';

/**
 * What each kind of job does, given its own connection to the database. The same functions run in
 * a worker thread (the app) and in-process (the CLI); inputs are the core functions' own (a path,
 * never a file handle: main resolves handles before the job starts).
 */
export type Task = (db: Db, input: never, hooks: JobHooks) => unknown;

export const TASKS = {
  'csv-import': (db: Db, input: Parameters<typeof importCsv>[1], hooks: JobHooks) =>
    importCsv(db, input, hooks),
  'xlsx-import': (db: Db, input: Parameters<typeof importXlsx>[1], hooks: JobHooks) =>
    importXlsx(db, input, hooks),
  'bpmn-preview': (db: Db, input: Parameters<typeof previewBpmn>[1], hooks: JobHooks) => {
    hooks.progress('Reading the BPMN file');
    return previewBpmn(db, input);
  },
  'bpmn-import': (db: Db, input: Parameters<typeof importBpmn>[1], hooks: JobHooks) =>
    importBpmn(db, input, hooks),
  'workshop-import': (db: Db, input: Parameters<typeof importWorkshop>[1], hooks: JobHooks) =>
    importWorkshop(db, input, hooks),
  report: (db: Db, input: Parameters<typeof generateReport>[1], hooks: JobHooks) =>
    generateReport(db, input, (p) => hooks.progress(p.message, p.percent, 100)),
  deck: (db: Db, input: Parameters<typeof generateDeck>[1], hooks: JobHooks) =>
    generateDeck(db, input, hooks),
  backup: (db: Db, input: Parameters<typeof runBackup>[1], hooks: JobHooks) => runBackup(db, input, hooks),
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
