import type { reportChannels } from '../../../shared/ipc/report.channels.js';
import { outlineOf } from '../../../shared/report/outline.js';
import { generateDeck } from '../deck/service.js';
import { rejectedPairs } from '../../../shared/compare/index.js';
import { listMarks } from '../edits/suggestion-marks.js';
import { reportModelFor } from '../report/model-cache.js';
import { drawAhead } from '../report/generate.js';
import { currentProgress } from '../report/progress.js';
import { generateReport, reportSummary } from '../report/service.js';
import { loadReportOptions, loadSummary, saveReportOptions, saveSummary } from '../report/settings.js';
import { loadWorkshopData } from '../repo/snapshot-load.js';
import { writeTo } from '../files/handles.js';
import type { HandlerMap } from './types.js';

export const reportHandlers: HandlerMap<keyof typeof reportChannels> = {
  'report:options-get': (input, { core }) => loadReportOptions(core.db(), input.workshopId),
  'report:options-save': (input, { core }) => saveReportOptions(core.db(), input.workshopId, input.options),
  'report:outline': (input, { core }) => {
    const db = core.db();
    const options = input.options ?? loadReportOptions(db, input.workshopId);
    // The model the report will print (the facilitator's rejected pairs stay unmatched), kept for
    // generating with nothing changed.
    const rejected = rejectedPairs(listMarks(db, input.workshopId));
    const data = loadWorkshopData(db, input.workshopId);
    const model = reportModelFor(data, options, loadSummary(db, input.workshopId), rejected);
    // While the consultant reads the outline, the pictures are drawn: generating finds them ready.
    model.sections.forEach(drawAhead);
    return outlineOf(model);
  },
  'report:summary-get': (input, { core }) => reportSummary(core.db(), input.workshopId),
  'report:summary-save': (input, { core }) => {
    saveSummary(core.db(), input.workshopId, input.text);
    return reportSummary(core.db(), input.workshopId);
  },
  'report:generate': (input, { core }) => generateReport(core.db(), writeTo(input, ['.docx', ''])),
  'report:deck': (input, { core }) => generateDeck(core.db(), writeTo(input, ['.pptx', ''])),
  'report:progress': (input) => currentProgress(input.workshopId),
};
