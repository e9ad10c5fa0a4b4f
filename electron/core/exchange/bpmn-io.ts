import type { MapState } from '../../../shared/domain/types.js';
import { mapToBpmn } from '../../../shared/exchange/bpmn-export.js';
import { bpmnToSteps } from '../../../shared/exchange/bpmn-import.js';
import { MAX_IMPORT_BYTES, tooLargeMessage } from '../../../shared/exchange/limits.js';
import { decodeXmlBytes } from '../../../shared/exchange/xml-decode.js';
import { exportFileName } from '../../../shared/exchange/file-name.js';
import type { BpmnPreview, ExportResult, StepsImportResult } from '../../../shared/ipc/exchange.channels.js';
import { loadWorkshopData } from '../repo/snapshot-load.js';
import { getWorkshop } from '../repo/workshops.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import { APP_VERSION } from '../version.js';
import { type JobHooks, NO_HOOKS } from '../jobs/hooks.js';
import { appendSteps } from './append-steps.js';
import { deliver, readImportFile } from './files.js';

export async function exportBpmn(
  db: Db,
  input: { workshopId: string; state: MapState; destination?: string | undefined },
): Promise<ExportResult> {
  const data = loadWorkshopData(db, input.workshopId);
  const xml = await mapToBpmn(data, input.state, APP_VERSION);
  const name = exportFileName([data.engagement.client, data.workshop.title, input.state], 'bpmn');
  return deliver(xml, name, input.destination, ['.bpmn', '.xml']);
}

export interface BpmnSource {
  workshopId: string;
  state: MapState;
  content?: string | undefined;
  base64?: string | undefined;
  path?: string | undefined;
  process?: string | undefined;
  allPools?: boolean | undefined;
}

/** The one place a BPMN source becomes text: given text as is, bytes in the encoding the file declares. */
function sourceText(input: BpmnSource): { text: string; warning?: string | undefined } {
  if (input.content !== undefined) return { text: input.content.replace(/^\uFEFF/, '') };
  let bytes: Uint8Array;
  if (input.base64 !== undefined) {
    const size = Math.floor((input.base64.length * 3) / 4);
    if (size > MAX_IMPORT_BYTES) throw new AppError('invalid_input', tooLargeMessage(size), 'base64');
    bytes = Buffer.from(input.base64, 'base64');
  } else bytes = readImportFile(input.path ?? '');
  const decoded = decodeXmlBytes(bytes);
  if (!decoded.ok) throw new AppError('invalid_input', decoded.message);
  return decoded;
}

async function readBpmn(input: BpmnSource) {
  const { text, warning } = sourceText(input);
  const read = await bpmnToSteps(text, { process: input.process, allPools: input.allPools });
  if (!read.ok) throw new AppError('invalid_input', read.message);
  if (warning) read.value.warnings.unshift(warning);
  return read.value;
}

/** What the chosen pool (or every pool) would give, and what would be left out; writes nothing. */
export async function previewBpmn(db: Db, input: BpmnSource): Promise<BpmnPreview> {
  getWorkshop(db, input.workshopId);
  return readBpmn(input);
}

/** Appends the chosen pool's (or every pool's) steps and lanes to a state, all or nothing. */
export async function importBpmn(
  db: Db,
  input: BpmnSource,
  hooks: JobHooks = NO_HOOKS,
): Promise<StepsImportResult> {
  hooks.progress('Reading the BPMN file');
  const { lanes, steps, warnings } = await readBpmn(input);
  const result = appendSteps(
    db,
    input.workshopId,
    {
      lanes: { [input.state]: lanes },
      rows: steps.map((step) => ({ state: input.state, step })),
      label: `Import ${steps.length} steps from BPMN`,
    },
    hooks,
  );
  return { ...result, warnings };
}
