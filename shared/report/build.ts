import { type ComparisonResult, compareWorkshop, rejectedPairs } from '../compare/index.js';

/** Step id pairs the facilitator rejected as matches (from the suggestion marks). */
export type RejectedPairs = readonly (readonly [string, string])[];
import type { WorkshopData } from '../domain/workshop-data.js';
import { appendixSection } from './build-appendix.js';
import { comparisonSection } from './build-comparison.js';
import { methodSection, objectivesSection } from './build-front.js';
import { executiveSummarySection } from './build-summary.js';
import { actionsSection, findingsSection, parkingLotSection } from './build-room.js';
import { stateSection } from './build-states.js';
import { type BuildContext, type ComparisonSource, buildContext } from './context.js';
import { formatDate } from './format.js';
import { decodeBase64, inspectImage } from './logo.js';
import type { ReportLogoImage, ReportModel, ReportSection } from './model.js';
import { omitReason } from './omitted.js';
import {
  DOC_STATUS_LABELS,
  type ReportOptions,
  type ReportSectionKey,
  SECTION_LABELS,
  hasSection,
} from './options.js';

/**
 * The comparison the report prints: the same engine as Compare and the CLI, automatic matches
 * included, without the matches the facilitator rejected (by default those the data carries).
 */
export function compareForReport(
  data: WorkshopData,
  rejected: RejectedPairs = rejectedPairs(data.suggestionMarks ?? []),
): ComparisonResult {
  return compareWorkshop({
    maps: data.maps,
    links: data.links,
    options: { hoursPerDay: data.workshop.hoursPerDay, automatic: { rejected } },
  });
}

const BUILDERS: Record<ReportSectionKey, (ctx: BuildContext) => ReportSection | null> = {
  cover: () => ({ kind: 'cover' }),
  contents: () => ({ kind: 'contents', title: 'Contents' }),
  summary: executiveSummarySection,
  objectives: objectivesSection,
  method: methodSection,
  current: (ctx) => stateSection(ctx, 'current'),
  future: (ctx) => stateSection(ctx, 'future'),
  actual: (ctx) => stateSection(ctx, 'actual'),
  comparison: comparisonSection,
  findings: findingsSection,
  actions: actionsSection,
  parkingLot: parkingLotSection,
  appendix: appendixSection,
};

function logoImage(options: ReportOptions): ReportLogoImage | null {
  if (!options.logo) return null;
  const bytes = decodeBase64(options.logo.data);
  const info = bytes && inspectImage(bytes);
  return info ? { ...info, data: options.logo.data } : null;
}

/**
 * The cover's status. A report whose comparison rests on automatic matches nobody reviewed is a
 * draft whatever the options say: its statuses have not been earned yet.
 */
function coverStatus(options: ReportOptions, comparison: ComparisonResult): string {
  if (options.status === 'final' && !comparison.review.reviewed)
    return 'Draft: step matches not yet reviewed';
  return DOC_STATUS_LABELS[options.status];
}

const PRINT_ORDER = Object.keys(BUILDERS) as ReportSectionKey[];
/** The maps first: they need no comparison, so their pictures can be drawn while it runs. */
const BUILD_ORDER: ReportSectionKey[] = [
  'current',
  'future',
  'actual',
  ...PRINT_ORDER.filter((k) => !['current', 'future', 'actual'].includes(k)),
];

export interface ModelExtra {
  summaryText?: string | null;
  /** The comparison, or how to make it (called once, after the maps' sections are built). */
  comparison?: ComparisonSource;
  rejected?: RejectedPairs;
  /** Called with each section as soon as it is built (in build order, not print order). */
  onSection?: (section: ReportSection) => void;
}

/** The whole report as plain data: the sections the options ask for, in print order. */
export function buildReportModel(
  data: WorkshopData,
  options: ReportOptions,
  extra: ModelExtra = {},
): ReportModel {
  const ctx = buildContext(
    data,
    options,
    extra.comparison ?? (() => compareForReport(data, extra.rejected)),
    extra.summaryText ?? null,
  );
  const built = new Map<ReportSectionKey, ReportSection | null>();
  for (const key of BUILD_ORDER) {
    if (!hasSection(options, key)) continue;
    const section = BUILDERS[key](ctx);
    built.set(key, section);
    if (section) extra.onSection?.(section);
  }
  const sections: ReportSection[] = [];
  const omitted: { heading: string; reason: string }[] = [];
  for (const key of PRINT_ORDER) {
    if (!built.has(key)) continue;
    const section = built.get(key);
    if (section) sections.push(section);
    else omitted.push({ heading: SECTION_LABELS[key], reason: omitReason(key, data) });
  }
  const comparison = ctx.comparison;
  return {
    meta: {
      client: data.engagement.client,
      engagement: data.engagement.name,
      title: data.workshop.title,
      date: formatDate(data.workshop.date, options.dateFormat),
      location: data.workshop.location,
      facilitator: data.workshop.facilitator,
      firmName: options.firmName,
      processName: data.process.name,
      paper: options.paper,
      language: options.language,
      version: options.version,
      status: coverStatus(options, comparison),
    },
    logo: logoImage(options),
    sections,
    omitted,
  };
}
