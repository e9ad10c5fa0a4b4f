import type { reportChannels } from '../../../shared/ipc/report.channels.js';
import { reportOutline } from '../../../shared/report/outline.js';
import { jobProgress, oneReportAtATime } from '../jobs/report-jobs.js';
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
    return reportOutline(loadWorkshopData(db, input.workshopId), options, loadSummary(db, input.workshopId));
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
