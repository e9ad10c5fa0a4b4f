import type { reportChannels } from '../../../shared/ipc/report.channels.js';
import { outlineOf } from '../../../shared/report/outline.js';
import { rejectedPairs } from '../../../shared/compare/index.js';
import { listMarks } from '../edits/suggestion-marks.js';
import { jobProgress, oneReportAtATime } from '../jobs/report-jobs.js';
import { reportModelFor } from '../report/model-cache.js';
import { reportSummary } from '../report/service.js';
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
    // The Report stage is open: a worker prepares this report (all but packing), so Generate is quick.
    void core.jobs.warm('report', { workshopId: input.workshopId, options });
    // The model the report will print (the facilitator's rejected pairs stay unmatched), kept while
    // the options are tried. Generating runs in a worker of its own and builds its own.
    const rejected = rejectedPairs(listMarks(db, input.workshopId));
    const data = loadWorkshopData(db, input.workshopId);
    return outlineOf(reportModelFor(data, options, loadSummary(db, input.workshopId), rejected));
  },
  'report:summary-get': (input, { core }) => reportSummary(core.db(), input.workshopId),
  'report:summary-save': (input, { core }) => {
    saveSummary(core.db(), input.workshopId, input.text);
    return reportSummary(core.db(), input.workshopId);
  },
  'report:generate': (input, { core }) => {
    oneReportAtATime(core.jobs, input.workshopId);
    return core.jobs.run('report', writeTo(input, ['.docx', '']), input.workshopId);
  },
  'report:deck': (input, { core }) => core.jobs.run('deck', writeTo(input, ['.pptx', '']), input.workshopId),
  'report:progress': (input, { core }) => jobProgress(core.jobs, input.workshopId),
};
