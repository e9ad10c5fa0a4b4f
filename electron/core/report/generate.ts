import { type Document, Packer } from 'docx';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { buildReportModel } from '../../../shared/report/build.js';
import type { ReportImage, ReportModel } from '../../../shared/report/model.js';
import type { ReportOptions } from '../../../shared/report/options.js';
import type { ReportProgress } from '../../../shared/report/progress.js';
import { reportDocument } from './document.js';
import type { ProgressFn } from './progress.js';
import { svgsToPng } from './rasterize.js';

export interface ReportInput {
  data: WorkshopData;
  options: ReportOptions;
  /** The consultant's edited executive summary, or null to draft it. */
  summaryText: string | null;
  /** Step pairs the facilitator rejected as matches: never matched automatically. */
  rejected?: readonly (readonly [string, string])[];
}

const idle = () => new Promise<void>((resolve) => setImmediate(resolve));

function images(model: ReportModel): ReportImage[] {
  return model.sections.flatMap((s) => {
    if (s.kind === 'state') return s.diagram?.items ?? [];
    if (s.kind === 'comparison') return [...(s.chart?.items ?? []), ...(s.sideBySide?.items ?? [])];
    if (s.kind === 'summary') return s.chart ? [s.chart] : [];
    return [];
  });
}

/** Everything before serializing: the report data, its pictures and the Word document tree. */
export async function buildReport(
  input: ReportInput,
  progress: ProgressFn = () => undefined,
): Promise<Document> {
  const step = (stage: ReportProgress['stage'], percent: number, message: string) =>
    progress({ stage, percent: Math.round(percent), message });
  step('preparing', 2, 'Reading the workshop');
  const model = buildReportModel(input.data, input.options, {
    summaryText: input.summaryText,
    rejected: input.rejected ?? [],
  });
  const pictures = images(model);
  step('drawing', 10, `Drawing ${pictures.length} diagrams`);
  const pngs = await svgsToPng(pictures, (done) =>
    step('drawing', 10 + (60 * done) / pictures.length, `Drawing diagram ${done} of ${pictures.length}`),
  );
  step('composing', 72, 'Laying out the document');
  return reportDocument(model, pngs);
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
