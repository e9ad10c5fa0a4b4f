import { z } from 'zod';
import { MAP_STATES, type MapState } from '../domain/types.js';
import { CSV_FIELDS } from '../exchange/csv-columns.js';
import type { CsvEncoding } from '../exchange/csv-decode.js';
import type { CsvTable } from '../exchange/csv-read.js';
import { channel } from './define.js';
import { fileHandle } from './file-handle.js';
import type { UndoState } from './map.channels.js';
import { idSchema } from './schemas.js';

/** An export: written to `path` when a file handle was given, else handed back as `content` to download. */
export interface ExportResult {
  fileName: string;
  bytes: number;
  path: string | null;
  content: string | null;
}

export interface WorkshopImportResult {
  workshopId: string;
  title: string;
  /** True when an existing workshop with the file's id was replaced. */
  replaced: boolean;
}

/** Steps added to a workshop from CSV or BPMN. */
export interface StepsImportResult {
  imported: number;
  states: MapState[];
  lanesCreated: string[];
  /** What was left out and why (BPMN elements Triptych has no step for). */
  warnings: string[];
  /** The import is one edit: undo removes it. */
  undo: UndoState;
}

export interface CsvPreview extends CsvTable {
  encoding: CsvEncoding;
}

/** A file chosen in main's open or save dialog (never a path): see file-handle.ts. */
const file = fileHandle.optional();
const state = z.enum(MAP_STATES);

/**
 * Exactly one source: the file's text, its bytes as base64 (CSV, to keep its encoding), or the
 * handle of a file chosen in `dialog:open`. Never a path.
 */
function oneSource<T extends { content?: unknown; base64?: unknown; file?: unknown }>(
  input: T,
  ctx: z.RefinementCtx,
) {
  const given = [input.content, input.base64, input.file].filter((v) => v !== undefined).length;
  if (given !== 1)
    ctx.addIssue({ code: 'custom', path: ['content'], message: 'give exactly one of content or file' });
}

const csvSource = z
  .strictObject({
    workshopId: idSchema,
    /** Where rows go; when absent, the file's State column says for each row. */
    state: state.optional(),
    content: z.string().optional(),
    base64: z.string().optional(),
    file,
    /** Header → field for headers Triptych does not recognise (or to override one it does). */
    mapping: z.record(z.string().max(1000), z.enum([...CSV_FIELDS, 'ignore'])).optional(),
  })
  .superRefine(oneSource);

export const exchangeChannels = {
  'workshop:export': channel<ExportResult>()(z.strictObject({ workshopId: idSchema, file })),
  'workshop:import': channel<WorkshopImportResult>()(
    z
      .strictObject({
        content: z.string().optional(),
        file,
        /** 'new' (the default) never overwrites; 'replace' swaps the workshop with the file's id. */
        mode: z.enum(['new', 'replace']).default('new'),
      })
      .superRefine(oneSource),
  ),
  'csv:preview': channel<CsvPreview>()(csvSource),
  'csv:import': channel<StepsImportResult>()(csvSource),
  'csv:export': channel<ExportResult>()(z.strictObject({ workshopId: idSchema, state, file })),
  'bpmn:export': channel<ExportResult>()(z.strictObject({ workshopId: idSchema, state, file })),
  'bpmn:import': channel<StepsImportResult>()(
    z
      .strictObject({ workshopId: idSchema, state, content: z.string().optional(), file })
      .superRefine(oneSource),
  ),
};
