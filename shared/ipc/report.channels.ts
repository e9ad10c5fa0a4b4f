import { z } from 'zod';
import type { OutlineEntry } from '../report/outline.js';
import { type ReportOptions, reportOptionsSchema } from '../report/options.js';
import type { ReportProgress } from '../report/progress.js';
import { channel } from './define.js';
import { fileHandle } from './file-handle.js';
import { idSchema } from './schemas.js';

/** The executive summary the report will print: the edited text if there is one, else the draft. */
export interface ReportSummary {
  text: string;
  /** What Triptych drafts from the data right now. */
  draft: string;
  edited: boolean;
}

/** A generated report: written where asked, or handed back as bytes for a browser download. */
export type GeneratedReport =
  | { kind: 'file'; path: string; bytes: number }
  | { kind: 'download'; fileName: string; base64: string; bytes: number };

const workshop = { workshopId: idSchema };

export const reportChannels = {
  'report:options-get': channel<ReportOptions>()(z.strictObject(workshop)),
  'report:options-save': channel<ReportOptions>()(
    z.strictObject({ ...workshop, options: reportOptionsSchema }),
  ),
  'report:outline': channel<OutlineEntry[]>()(
    z.strictObject({ ...workshop, options: reportOptionsSchema.optional() }),
  ),
  'report:summary-get': channel<ReportSummary>()(z.strictObject(workshop)),
  'report:summary-save': channel<ReportSummary>()(
    z.strictObject({
      ...workshop,
      text: z.string().max(20_000, { error: 'must be at most 20000 characters' }).nullable(),
    }),
  ),
  'report:generate': channel<GeneratedReport>()(
    z.strictObject({
      ...workshop,
      /** Without options, the ones saved for the workshop (or the defaults). */
      options: reportOptionsSchema.optional(),
      /** Where to write: a handle from `dialog:save`; without one, bytes to download. */
      file: fileHandle.optional(),
    }),
  ),
  /** The read-out deck (.pptx): same options and destination as the report. */
  'report:deck': channel<GeneratedReport>()(
    z.strictObject({
      ...workshop,
      options: reportOptionsSchema.optional(),
      /** Where to write: a handle from `dialog:save`; without one, bytes to download. */
      file: fileHandle.optional(),
    }),
  ),
  'report:progress': channel<ReportProgress | null>()(z.strictObject(workshop)),
};
