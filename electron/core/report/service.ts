import { exportFileName } from '../../../shared/exchange/file-name.js';
import type { GeneratedReport, ReportSummary } from '../../../shared/ipc/report.channels.js';
import type { ReportOptions } from '../../../shared/report/options.js';
import { draftExecutiveSummary } from '../../../shared/report/story/summary-text.js';
import { rejectedPairs } from '../../../shared/compare/index.js';
import { listMarks } from '../edits/suggestion-marks.js';
import { loadWorkshopData } from '../repo/snapshot-load.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import { comparisonFor } from './comparison-cache.js';
import { type ReportInput, buildReport, renderReport } from './generate.js';
import { type ProgressFn, currentProgress, trackProgress } from './progress.js';
import { loadReportOptions, loadSummary } from './settings.js';
import { checkDestinationFolder, writeFileAtomically } from './write-file.js';

export function reportSummary(db: Db, workshopId: string): ReportSummary {
  const saved = loadSummary(db, workshopId);
  const data = loadWorkshopData(db, workshopId);
  const options = loadReportOptions(db, workshopId);
  const comparison = comparisonFor(data, rejectedPairs(listMarks(db, workshopId)));
  const draft = draftExecutiveSummary(data, comparison, options.dateFormat);
  return { text: saved ?? draft, draft, edited: saved !== null };
}

/** The destination with `.docx` added when the name has no extension of its own. */
export function docxPath(destination: string): string {
  if (/\.docx$/i.test(destination)) return destination;
  if (/\.[a-z0-9]{1,5}$/i.test(destination))
    throw new AppError('invalid_input', 'The report file must end with .docx.', 'destination');
  return `${destination}.docx`;
}

export interface GenerateInput {
  workshopId: string;
  options?: ReportOptions | undefined;
  destination?: string | undefined;
}

/** What the report of a workshop is made from, as stored (options as given, or as saved). */
function reportInput(db: Db, workshopId: string, options: ReportOptions | undefined): ReportInput {
  return {
    data: loadWorkshopData(db, workshopId),
    options: options ?? loadReportOptions(db, workshopId),
    summaryText: loadSummary(db, workshopId),
    rejected: rejectedPairs(listMarks(db, workshopId)),
  };
}

/**
 * Everything of the report but packing it: the comparison, the sections' Word nodes and the
 * pictures, kept by this thread's caches (and the pictures on disk) for the Generate that follows.
 * Run by a job worker while the Report stage is open.
 */
export async function prepareReport(
  db: Db,
  input: Pick<GenerateInput, 'workshopId' | 'options'>,
): Promise<void> {
  await buildReport(reportInput(db, input.workshopId, input.options));
}

/**
 * Reads the workshop, writes its report (to `destination`, or as bytes for a download) and
 * reports progress by stage. One report per workshop at a time.
 */
export async function generateReport(
  db: Db,
  input: GenerateInput,
  forward?: ProgressFn,
): Promise<GeneratedReport> {
  if (currentProgress(input.workshopId))
    throw new AppError(
      'conflict',
      'A report for this workshop is already being written. Wait for it to finish.',
    );
  const dest = input.destination === undefined ? undefined : docxPath(input.destination);
  if (dest !== undefined) await checkDestinationFolder(dest);
  const report = reportInput(db, input.workshopId, input.options);
  const { data } = report;
  const progress = trackProgress(input.workshopId, forward);
  try {
    const bytes = await renderReport(report, progress.report);
    const fileName = exportFileName([data.engagement.client, data.workshop.title, 'report'], 'docx');
    if (dest === undefined) {
      progress.report({ stage: 'done', percent: 100, message: 'Report ready' });
      return {
        kind: 'download',
        fileName,
        base64: Buffer.from(bytes).toString('base64'),
        bytes: bytes.length,
      };
    }
    progress.report({ stage: 'writing', percent: 92, message: 'Saving the file' });
    await writeFileAtomically(dest, bytes);
    progress.report({ stage: 'done', percent: 100, message: 'Report saved' });
    return { kind: 'file', path: dest, bytes: bytes.length };
  } finally {
    progress.finish();
  }
}
