import { type Document, Packer } from 'docx';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import type { ReportSection } from '../../../shared/report/model.js';
import type { ReportOptions } from '../../../shared/report/options.js';
import type { ReportProgress } from '../../../shared/report/progress.js';
import { clearComparisons } from './comparison-cache.js';
import { reportDocument, sectionImages } from './document.js';
import { clearReportModel, reportModelFor } from './model-cache.js';
import { clearNodeCache } from './node-cache.js';
import { clearPngCache } from './png-cache.js';
import type { ProgressFn } from './progress.js';
import { svgToPng } from './rasterize.js';

export interface ReportInput {
  data: WorkshopData;
  options: ReportOptions;
  /** The consultant's edited executive summary, or null to draft it. */
  summaryText: string | null;
  /** Step pairs the facilitator rejected as matches: never matched automatically. */
  rejected?: readonly (readonly [string, string])[];
}

const idle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Starts drawing a section's pictures on the pool threads and returns at once; the report waits
 * for them (and sees any failure) when it places them.
 */
function drawAhead(section: ReportSection): void {
  for (const image of sectionImages(section)) svgToPng(image.svg).catch(() => undefined);
}

/** Everything before serializing: the report data, its pictures and the Word document tree. */
export async function buildReport(
  input: ReportInput,
  progress: ProgressFn = () => undefined,
): Promise<Document> {
  const step = (stage: ReportProgress['stage'], percent: number, message: string) =>
    progress({ stage, percent: Math.round(percent), message });
  step('preparing', 2, 'Reading the workshop');
  // Each map's pictures start drawing on the pool threads as soon as its section is built, while
  // the comparison and the other sections are worked out.
  const model = reportModelFor(input.data, input.options, input.summaryText, input.rejected, drawAhead);
  step('drawing', 10, 'Drawing the diagrams');
  return reportDocument(model, (pictures) => {
    let done = 0;
    const drawn = () => {
      done++;
      step('drawing', 10 + (60 * done) / pictures.length, `Drawing diagram ${done} of ${pictures.length}`);
    };
    return new Map(pictures.map((p) => [p.key, svgToPng(p.svg).finally(drawn)] as const));
  });
}

/** The .docx bytes; `Packer` runs once, here at the edge. */
export async function renderReport(
  input: ReportInput,
  progress: ProgressFn = () => undefined,
): Promise<Uint8Array> {
  const document = await buildReport(input, progress);
  progress({ stage: 'packing', percent: 80, message: 'Packing the Word file' });
  await idle();
  return Packer.toBuffer(document);
}

/** Forgets what earlier reports computed and drew: the next one is generated as the first. */
export function clearReportCaches(): void {
  clearComparisons();
  clearReportModel();
  clearNodeCache();
  clearPngCache();
}
