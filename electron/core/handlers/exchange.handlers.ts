import type { exchangeChannels } from '../../../shared/ipc/exchange.channels.js';
import { exportBpmn } from '../exchange/bpmn-io.js';
import { exportCsv, previewCsv } from '../exchange/csv-io.js';
import { exportXlsx, previewXlsx } from '../exchange/xlsx-io.js';
import { exportWorkshop } from '../exchange/triptych-io.js';
import { readFrom, writeTo } from '../files/handles.js';
import type { HandlerMap } from './types.js';

const CSV = ['.csv', '.txt', '.tsv'];
const XLSX = ['.xlsx'];
const BPMN = ['.bpmn', '.xml'];

/** Imports run as jobs (a worker thread, with progress and cancel); previews of text stay on main. */
export const exchangeHandlers: HandlerMap<keyof typeof exchangeChannels> = {
  'workshop:export': (input, { core }) => exportWorkshop(core.db(), writeTo(input, ['.triptych'])),
  'workshop:import': (input, { core }) =>
    core.jobs.run('workshop-import', readFrom(input, ['.triptych', '.json'])),
  'csv:preview': (input, { core }) => previewCsv(core.db(), readFrom(input, CSV)),
  'csv:import': (input, { core }) => core.jobs.run('csv-import', readFrom(input, CSV), input.workshopId),
  'csv:export': (input, { core }) => exportCsv(core.db(), writeTo(input, ['.csv'])),
  'xlsx:preview': (input, { core }) => previewXlsx(core.db(), readFrom(input, XLSX)),
  'xlsx:import': (input, { core }) => core.jobs.run('xlsx-import', readFrom(input, XLSX), input.workshopId),
  'xlsx:export': (input, { core }) => exportXlsx(core.db(), writeTo(input, XLSX)),
  'bpmn:export': (input, { core }) => exportBpmn(core.db(), writeTo(input, ['.bpmn'])),
  'bpmn:preview': (input, { core }) => core.jobs.run('bpmn-preview', readFrom(input, BPMN), input.workshopId),
  'bpmn:import': (input, { core }) => core.jobs.run('bpmn-import', readFrom(input, BPMN), input.workshopId),
};
