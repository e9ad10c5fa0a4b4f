import type { exchangeChannels } from '../../../shared/ipc/exchange.channels.js';
import { exportBpmn, importBpmn } from '../exchange/bpmn-io.js';
import { exportCsv, importCsv, previewCsv } from '../exchange/csv-io.js';
import { exportXlsx, importXlsx, previewXlsx } from '../exchange/xlsx-io.js';
import { exportWorkshop, importWorkshop } from '../exchange/triptych-io.js';
import type { HandlerMap } from './types.js';

export const exchangeHandlers: HandlerMap<keyof typeof exchangeChannels> = {
  'workshop:export': (input, { core }) => exportWorkshop(core.db(), input),
  'workshop:import': (input, { core }) => importWorkshop(core.db(), input),
  'csv:preview': (input, { core }) => previewCsv(core.db(), input),
  'csv:import': (input, { core }) => importCsv(core.db(), input),
  'csv:export': (input, { core }) => exportCsv(core.db(), input),
  'xlsx:preview': (input, { core }) => previewXlsx(core.db(), input),
  'xlsx:import': (input, { core }) => importXlsx(core.db(), input),
  'xlsx:export': (input, { core }) => exportXlsx(core.db(), input),
  'bpmn:export': (input, { core }) => exportBpmn(core.db(), input),
  'bpmn:import': (input, { core }) => importBpmn(core.db(), input),
};
