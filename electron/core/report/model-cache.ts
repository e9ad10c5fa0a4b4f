import { createHash } from 'node:crypto';
import type { WorkshopData } from '../../../shared/domain/workshop-data.js';
import { type RejectedPairs, buildReportModel } from '../../../shared/report/build.js';
import type { ReportModel, ReportSection } from '../../../shared/report/model.js';
import type { ReportOptions } from '../../../shared/report/options.js';
import { comparisonFor } from './comparison-cache.js';

/**
 * The last report model, by a hash of all it is made from (the workshop, the options, the edited
 * summary, the rejected pairs): the Report stage's outline builds it, and generating with nothing
 * changed since uses the same one. Models are only read, never changed, by the outline and the
 * document.
 */
let last: { key: string; model: ReportModel } | null = null;

export function reportModelFor(
  data: WorkshopData,
  options: ReportOptions,
  summaryText: string | null,
  rejected: RejectedPairs = [],
  onSection?: (section: ReportSection) => void,
): ReportModel {
  const key = createHash('sha1')
    .update(JSON.stringify([data, options, summaryText, rejected]))
    .digest('hex');
  if (last?.key === key) return last.model;
  const model = buildReportModel(data, options, {
    summaryText,
    comparison: () => comparisonFor(data, rejected),
    ...(onSection ? { onSection } : {}),
  });
  last = { key, model };
  return model;
}

/** Forgets the last model (a first generation is measured without it). */
export function clearReportModel(): void {
  last = null;
}
