import type { exchangeChannels } from '../../../shared/ipc/exchange.channels.js';
import { exportBpmn, importBpmn, previewBpmn } from '../exchange/bpmn-io.js';
import { exportCsv, importCsv, previewCsv } from '../exchange/csv-io.js';
import { exportXlsx, importXlsx, previewXlsx } from '../exchange/xlsx-io.js';
import { exportWorkshop, importWorkshop } from '../exchange/triptych-io.js';
import { readFrom, writeTo } from '../files/handles.js';
import type { HandlerMap } from './types.js';

const CSV = ['.csv', '.txt', '.tsv'];
const XLSX = ['.xlsx'];
const BPMN = ['.bpmn', '.xml'];

export const exchangeHandlers: HandlerMap<keyof typeof exchangeChannels> = {
  'workshop:export': (input, { core }) => exportWorkshop(core.db(), writeTo(input, ['.triptych'])),
  'workshop:import': (input, { core }) => importWorkshop(core.db(), readFrom(input, ['.triptych', '.json'])),
  'csv:preview': (input, { core }) => previewCsv(core.db(), readFrom(input, CSV)),
  'csv:import': (input, { core }) => importCsv(core.db(), readFrom(input, CSV)),
  'csv:export': (input, { core }) => exportCsv(core.db(), writeTo(input, ['.csv'])),
  'xlsx:preview': (input, { core }) => previewXlsx(core.db(), readFrom(input, XLSX)),
  'xlsx:import': (input, { core }) => importXlsx(core.db(), readFrom(input, XLSX)),
  'xlsx:export': (input, { core }) => exportXlsx(core.db(), writeTo(input, XLSX)),
  'bpmn:export': (input, { core }) => exportBpmn(core.db(), writeTo(input, ['.bpmn'])),
  'bpmn:preview': (input, { core }) => previewBpmn(core.db(), readFrom(input, BPMN)),
  'bpmn:import': (input, { core }) => importBpmn(core.db(), readFrom(input, BPMN)),
};
