import type { MapState } from '../../../shared/domain/types.js';
import { mapToBpmn } from '../../../shared/exchange/bpmn-export.js';
import { bpmnToSteps } from '../../../shared/exchange/bpmn-import.js';
import { exportFileName } from '../../../shared/exchange/file-name.js';
import type { ExportResult, StepsImportResult } from '../../../shared/ipc/exchange.channels.js';
import { loadWorkshopData } from '../repo/snapshot-load.js';
import type { Db } from '../store/database.js';
import { AppError } from '../store/errors.js';
import { APP_VERSION } from '../version.js';
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

/** Appends a BPMN process's steps (and lanes) to a state, all or nothing. */
export async function importBpmn(
  db: Db,
  input: { workshopId: string; state: MapState; content?: string | undefined; path?: string | undefined },
): Promise<StepsImportResult> {
  const xml = (input.content ?? readImportFile(input.path ?? '').toString('utf8')).replace(/^\uFEFF/, '');
  const read = await bpmnToSteps(xml);
  if (!read.ok) throw new AppError('invalid_input', read.message);
  const { lanes, steps, warnings } = read.value;
  const result = appendSteps(db, input.workshopId, {
    lanes: { [input.state]: lanes },
    rows: steps.map((step) => ({ state: input.state, step })),
    label: `Import ${steps.length} steps from BPMN`,
  });
  return { ...result, warnings };
}
