import { z } from 'zod';
import { MAP_STATES, type MapState } from '../domain/types.js';
import { CSV_FIELDS } from '../exchange/csv-columns.js';
import type { CsvEncoding } from '../exchange/csv-decode.js';
import type { BpmnSteps } from '../exchange/bpmn-import.js';
import type { CsvTable } from '../exchange/csv-read.js';
import type { XlsxTable } from '../exchange/xlsx-read.js';
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

/** An .xlsx export: `content`, when handed back for a download, is the workbook's bytes as base64. */
export interface XlsxExportResult extends ExportResult {
  encoding: 'base64';
}

export type XlsxPreview = XlsxTable;

/** A BPMN file's pools, and the steps, lanes and left-out parts of the pool (or pools) chosen. */
export type BpmnPreview = BpmnSteps;

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
    /** The user chose to import the rest: bad cells stay empty, rows with no step are left out; all listed. */
    leaveBadCellsEmpty: z.boolean().optional(),
  })
  .superRefine(oneSource);

/** A workbook comes as its bytes; like csvSource, the one place its source is described. */
const xlsxSource = z
  .strictObject({
    workshopId: idSchema,
    state: state.optional(),
    base64: z.string().min(1).optional(),
    file,
    /** The worksheet's name; by default the first one that holds anything. */
    sheet: z.string().max(200).optional(),
    mapping: z.record(z.string().max(1000), z.enum([...CSV_FIELDS, 'ignore'])).optional(),
    leaveBadCellsEmpty: z.boolean().optional(),
  })
  .superRefine(oneSource);

/** A BPMN file and the pool to take from it: the same for its preview and its import. */
const bpmnSource = z
  .strictObject({
    workshopId: idSchema,
    state,
    content: z.string().optional(),
    /** The file's bytes, so the encoding its XML declaration names is honoured. */
    base64: z.string().optional(),
    file,
    /** The pool to import, by participant or process id or name; default: the one with most flow nodes. */
    process: z.string().min(1).max(1000).optional(),
    /** Every pool's lanes into the one state. */
    allPools: z.boolean().optional(),
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
  'xlsx:preview': channel<XlsxPreview>()(xlsxSource),
  'xlsx:import': channel<StepsImportResult>()(xlsxSource),
  'xlsx:export': channel<XlsxExportResult>()(z.strictObject({ workshopId: idSchema, state, file })),
  'bpmn:export': channel<ExportResult>()(z.strictObject({ workshopId: idSchema, state, file })),
  'bpmn:preview': channel<BpmnPreview>()(bpmnSource),
  'bpmn:import': channel<StepsImportResult>()(bpmnSource),
};
